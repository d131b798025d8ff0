"""The client's address: the peer's, unless the peer is a trusted proxy (FORWARDED_ALLOW_IPS).

gunicorn's sync workers leave REMOTE_ADDR as the peer, so this middleware applies uvicorn's rule:
behind trusted proxies, the client is the right-most X-Forwarded-For entry that is not itself a
trusted proxy. A client that reaches the app directly cannot choose its address.
"""

import ipaddress
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse


class ForwardedForMiddleware:
    """Sets REMOTE_ADDR to the client's address, for everything that reads it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        entries: list[str] = settings.FORWARDED_ALLOW_IPS
        # Addresses or networks, as gunicorn reads the same variable; `*` trusts every peer.
        self.trust_all = "*" in entries
        self.trusted = [
            ipaddress.ip_network(entry, strict=False) for entry in entries if entry != "*"
        ]

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.META["REMOTE_ADDR"] = self.client_address(
            request.META.get("REMOTE_ADDR", ""), request.META.get("HTTP_X_FORWARDED_FOR", "")
        )
        return self.get_response(request)

    def client_address(self, peer: str, forwarded_for: str) -> str:
        if not self.is_trusted(peer):
            return peer
        hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
        untrusted = (hop for hop in reversed(hops) if not self.is_trusted(hop))
        return next(untrusted, hops[0] if hops else peer)

    def is_trusted(self, address: str) -> bool:
        if self.trust_all:
            return True
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in network for network in self.trusted)
