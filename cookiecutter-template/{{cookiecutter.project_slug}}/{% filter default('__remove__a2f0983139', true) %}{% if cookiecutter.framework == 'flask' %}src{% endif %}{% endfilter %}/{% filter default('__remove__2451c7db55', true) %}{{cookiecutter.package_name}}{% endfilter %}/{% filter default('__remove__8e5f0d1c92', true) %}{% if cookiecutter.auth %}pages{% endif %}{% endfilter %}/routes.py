{% set project_name = cookiecutter.project_name %}{% set project_slug = cookiecutter.project_slug %}{% set package_name = cookiecutter.package_name %}{% set description = cookiecutter.description %}{% set author_name = cookiecutter.author_name %}{% set author_email = cookiecutter.author_email %}{% set python_version = cookiecutter.python_version %}{% set framework = cookiecutter.framework %}{% set database = cookiecutter.database %}{% set auth = cookiecutter.auth %}{% set docker = cookiecutter.docker %}{% set ci = cookiecutter.ci %}{% set typescript_client = cookiecutter.typescript_client %}"""Sign-up, sign-in, account and sign-out pages, with a cookie session."""

from collections.abc import Callable
from functools import wraps

from apiflask import APIBlueprint
from flask import flash, g, redirect, render_template, session, url_for
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError
from werkzeug.wrappers import Response

from {{ package_name }}.auth import rate_limit, service
from {{ package_name }}.auth.errors import ConflictError
from {{ package_name }}.auth.models import User
from {{ package_name }}.auth.rate_limit import TooManyFailuresError
from {{ package_name }}.extensions import db
from {{ package_name }}.pages.forms import SignInForm, SignOutForm, SignUpForm

# HTML pages: not part of the OpenAPI document.
bp = APIBlueprint("pages", __name__, enable_openapi=False)
Page = str | Response | tuple[str, int]


@bp.before_request
def load_user() -> None:
    """The signed-in user (from the session cookie), or None."""
    user_id = session.get("user_id")
    user = db.session.get(User, user_id) if isinstance(user_id, int) else None
    g.user = user if user is not None and user.is_active else None


def login_required[**P](view: Callable[P, Page]) -> Callable[P, Page]:
    @wraps(view)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> Page:
        if g.user is None:
            flash("Please sign in first.", "info")
            return redirect(url_for("pages.sign_in"))
        return view(*args, **kwargs)

    return wrapped


def _start_session(user: User) -> None:
    session.clear()  # a new session on sign-in: no fixation
    session["user_id"] = user.id
    session.permanent = True


@bp.get("/")
def index() -> Response:
    return redirect(url_for("pages.account" if g.user else "pages.sign_in"))


@bp.route("/sign-up", methods=["GET", "POST"])
def sign_up() -> Page:
    form = SignUpForm()
    if form.validate_on_submit():
        try:
            user = service.create_user(form.email.data, form.password.data)
        except ConflictError:
            form.email.errors.append("An account with this email already exists.")
        else:
            _start_session(user)
            flash("Welcome! Your account is ready.", "success")
            return redirect(url_for("pages.account"))
    return render_template("sign_up.html", form=form)


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in() -> Page:
    form = SignInForm()
    if form.validate_on_submit():
        rate_limit.check(form.email.data)
        user = service.authenticate(form.email.data, form.password.data)
        if user is not None:
            rate_limit.clear(form.email.data)
            _start_session(user)
            flash("You are signed in.", "success")
            return redirect(url_for("pages.account"))
        rate_limit.record_failure(form.email.data)
        flash("Incorrect email or password.", "error")
    return render_template("sign_in.html", form=form)


@bp.get("/account")
@login_required
def account() -> Page:
    return render_template("account.html", user=g.user, sign_out=SignOutForm())


@bp.post("/sign-out")
def sign_out() -> Response:
    # The CSRF check (CSRFProtect) has already run: a cross-site form cannot sign you out.
    session.clear()
    flash("You are signed out.", "info")
    return redirect(url_for("pages.sign_in"))


@bp.errorhandler(CSRFError)
def csrf_error(error: CSRFError) -> tuple[str, int]:
    return render_template("error.html", title="Form expired", message=error.description), 400


@bp.errorhandler(TooManyFailuresError)
def rate_limited(error: TooManyFailuresError) -> ResponseReturnValue:
    page = render_template("error.html", title="Slow down", message=f"{error.message}.")
    return page, error.status_code, error.headers
