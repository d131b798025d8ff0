{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Extensions, created unbound here and bound to each app by `create_app` and the phases'
`init_app` functions."""

from flask_cors import CORS
{%- if database %}
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
{%- endif %}
{%- if auth %}
from flask_wtf.csrf import CSRFProtect
{%- endif %}
{%- if database %}

from {{ package_name }}.db import Base
{%- endif %}

cors = CORS()
{%- if database %}
# A pooled connection is checked before use: one dropped by the server is replaced, not used.
db = SQLAlchemy(model_class=Base, engine_options={"pool_pre_ping": True})
migrate = Migrate()
{%- endif %}
{%- if auth %}
csrf = CSRFProtect()
{%- endif %}
