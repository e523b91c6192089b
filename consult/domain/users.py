"""Staff accounts for the console: a role as API keys have, a password hashed with argon2id.

Passwords rather than a link by mail: staff sign in from provincial offices where mail
arrives late, and an account must work the day the mail server does not. argon2id (RFC
9106) makes a stolen table slow to crack; an unknown address costs the same hashing time as
a known one, so timing does not tell which addresses have accounts.
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from consult.db import utcnow
from consult.domain.errors import Conflict, Invalid, Message, NotFound, message
from consult.models import ROLES, User
from consult.texts import LANGUAGES

HASHER = PasswordHasher()  # argon2-cffi's default: RFC 9106's low-memory profile
MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024  # hashing a megabyte per guess would be a denial of service


def normalised_email(email: str) -> str:
    return email.strip().lower()


def create_user(
    session: Session, email: str, role: str, password: str, name: str = "", language: str = "en"
) -> User:
    """A new account; 409 if the address has one already."""
    address = normalised_email(email)
    problems = _problems(address, role, language) | _password_problems(password)
    if problems:
        raise Invalid("refused_account_not_created", problems)
    if session.scalar(select(User.id).where(User.email == address)) is not None:
        raise Conflict("refused_account_exists", {"email": ["refused_in_use"]}, address=address)
    user = User(
        email=address,
        name=name.strip(),
        role=role,
        language=language,
        password_hash=HASHER.hash(password),
    )
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, email: str, password: str) -> User | None:
    """The active account this address and password open, or None (never which was wrong)."""
    user = session.scalar(select(User).where(User.email == normalised_email(email)))
    if len(password) > MAX_PASSWORD_LENGTH:
        return None
    if user is None:
        _verify(_unknown_account(), password)  # the same time as a known address
        return None
    if not _verify(user.password_hash, password) or not user.active:
        return None
    if HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = HASHER.hash(password)
    user.last_sign_in_at = utcnow()
    return user


def password_is(user: User, password: str) -> bool:
    """Whether this is the account's password (a second check before changing it)."""
    return len(password) <= MAX_PASSWORD_LENGTH and _verify(user.password_hash, password)


def session_id(user: User) -> str:
    """What a signed-in browser's session holds: the account and its session epoch."""
    return f"{user.id}:{user.session_epoch}"


def user_of_session(session: Session, stored: str) -> User | None:
    """The account a session belongs to, if that session has not been ended since."""
    user_id, _, epoch = stored.partition(":")
    if not (user_id.isdigit() and epoch.isdigit()):
        return None
    user = session.get(User, int(user_id))
    if user is None or not user.active or user.session_epoch != int(epoch):
        return None
    return user


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("refused_no_user", user=user_id)
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.email)))


def set_language(user: User, language: str) -> None:
    if language not in LANGUAGES:
        raise Invalid("refused_unknown_language", {"language": [_one_of(LANGUAGES)]})
    user.language = language


def set_password(user: User, password: str) -> None:
    """A new password ends every session signed in with the old one."""
    problems = _password_problems(password)
    if problems:
        raise Invalid("refused_password_unusable", problems)
    user.password_hash = HASHER.hash(password)
    user.session_epoch += 1


def update_user(session: Session, user_id: int, role: str, active: bool) -> User:
    """Change an account's role or turn it off; either ends its open sessions."""
    user = get_user(session, user_id)
    problems = _problems(user.email, role, user.language)
    if problems:
        raise Invalid("refused_account_not_changed", problems)
    if (user.role, user.active) != (role, active):
        user.role, user.active = role, active
        user.session_epoch += 1
    return user


@cache
def _unknown_account() -> str:
    """What an unknown address is checked against: a hash of HASHER's cost, made on first
    use rather than at every import of the module (a sixth of a second)."""
    return HASHER.hash("an address with no account")


def _verify(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _problems(email: str, role: str, language: str) -> dict[str, list[Message]]:
    problems: dict[str, list[Message]] = {}
    local, _, domain = email.partition("@")
    if not local or "." not in domain or len(email) > 254 or any(c.isspace() for c in email):
        problems["email"] = [message("refused_email_shape")]
    if role not in ROLES:
        problems["role"] = [_one_of(ROLES)]
    if language not in LANGUAGES:
        problems["language"] = [_one_of(LANGUAGES)]
    return problems


def _password_problems(password: str) -> dict[str, list[Message]]:
    if MIN_PASSWORD_LENGTH <= len(password) <= MAX_PASSWORD_LENGTH:
        return {}
    length = message("refused_password_length", min=MIN_PASSWORD_LENGTH, max=MAX_PASSWORD_LENGTH)
    return {"password": [length]}


def _one_of(choices: tuple[str, ...]) -> Message:
    return message("refused_one_of", choices=", ".join(choices))
