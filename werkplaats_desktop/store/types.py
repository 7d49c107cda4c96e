"""Column types shared by the ORM mapping and the migrations."""

from __future__ import annotations

import uuid as _uuid
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum as _PyEnum
from typing import Any

from sqlalchemy import Enum, Integer, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class Cents(TypeDecorator[Decimal]):
    """A non-negative amount with two decimals (euros or hours), stored as an integer count of
    hundredths, so that sums in SQL are exact and SQLite never sees a floating-point number."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return int((Decimal(value) * 100).to_integral_value())

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(Decimal("0.01"))


def code_enum(enum_class: type[_PyEnum], name: str, check: bool = True) -> Enum:
    """A string column holding the ``value`` of an enum, guarded by a CHECK constraint
    (``check=False`` where a foreign key to a reference table guards it instead)."""
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=check,
        length=40,
        values_callable=lambda e: [member.value for member in e],
        validate_strings=True,
    )


def new_uuid() -> str:
    return str(_uuid.uuid4())


def utcnow() -> datetime:
    """Current time in UTC without tzinfo (SQLite has no time zones; all stored times are UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


UUID_TYPE = String(36)
