"""Values an item's fields may take."""

from django.db import models


class ItemStatus(models.TextChoices):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"


# The orders of the item list: by a field, descending with a leading `-`.
SORTS = ("created_at", "-created_at", "name", "-name")
