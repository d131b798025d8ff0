"""Values an item's fields may take."""

from django.db import models


class ItemStatus(models.TextChoices):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"
