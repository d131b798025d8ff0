"""Forms of the pages; Flask-WTF adds and checks the CSRF token."""

from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import Email, EqualTo, InputRequired, Length


class SignUpForm(FlaskForm):
    email = EmailField("Email", validators=[InputRequired(), Email(), Length(max=320)])
    password = PasswordField("Password", validators=[InputRequired(), Length(12, 128)])
    confirm = PasswordField(
        "Repeat password", validators=[InputRequired(), EqualTo("password", "Passwords differ")]
    )


class SignInForm(FlaskForm):
    email = EmailField("Email", validators=[InputRequired(), Length(max=320)])
    password = PasswordField("Password", validators=[InputRequired(), Length(max=128)])


class SignOutForm(FlaskForm):
    """No fields: the CSRF token alone."""
