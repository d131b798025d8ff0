"""The client's address: X-Forwarded-For counts only when a trusted proxy sent it.

gunicorn's sync workers leave REMOTE_ADDR as the peer, so the app applies uvicorn's rule:
behind proxies listed in FORWARDED_ALLOW_IPS, the client is the right-most forwarded address
that is not itself one of them. Any other peer is the client, whatever header it sends.
"""

from collections.abc import Sequence
from ipaddress import IPv4Network, IPv6Network, ip_address

from flask import current_app, request

Networks = Sequence[IPv4Network | IPv6Network]


def _trusted(address: str, proxies: Networks) -> bool:
    try:
        parsed = ip_address(address)
    except ValueError:
        return False
    return any(parsed in network for network in proxies)


def resolve(peer: str, forwarded_for: str, proxies: Networks) -> str:
    """The client's address, given the peer and its X-Forwarded-For header."""
    if not _trusted(peer, proxies):
        return peer
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, proxies):
            return hop
    # Every hop is a proxy we trust: the first one is the client.
    return hops[0] if hops else peer


def client_address() -> str:
    """The address of the client of the current request."""
    forwarded_for = ",".join(request.headers.getlist("X-Forwarded-For"))
    proxies: Networks = current_app.config["FORWARDED_ALLOW_IPS"]
    return resolve(request.remote_addr or "", forwarded_for, proxies)
