"""Failed-login throttling keyed on client address and account."""

from limits import RateLimitItemPerSecond
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import storage_from_string


class LoginRateLimiter:
    def __init__(self, storage_url: str, max_failures: int, window_seconds: int) -> None:
        storage = storage_from_string(storage_url)
        self._limiter = MovingWindowRateLimiter(storage)
        self._limit = RateLimitItemPerSecond(max_failures, window_seconds)
        self.window_seconds = window_seconds

    async def is_blocked(self, client: str, username: str) -> bool:
        return not await self._limiter.test(self._limit, client, username.casefold())

    async def record_failure(self, client: str, username: str) -> None:
        await self._limiter.hit(self._limit, client, username.casefold())

    async def reset(self, client: str, username: str) -> None:
        await self._limiter.clear(self._limit, client, username.casefold())
