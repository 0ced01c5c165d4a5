"""Fetching URLs safely: timeouts, a size cap, a content-type check, and no requests to private addresses.

Every redirect hop gets the same checks as the first URL, so a public page cannot bounce the
fetcher onto 127.0.0.1 or a cloud metadata address.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from wirecheck.config import Settings
from wirecheck.errors import FetchError

# Content types we can read, and the document kind each one is.
ACCEPTED_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "markdown",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "xml",
    "text/xml": "xml",
}


@dataclass
class FetchedPage:
    url: str
    content: bytes
    kind: str


class Fetcher:
    """An HTTP client with the checks a tool that follows links found in other people's pages needs.

    Example:
        >>> with Fetcher(Settings()) as fetcher:
        ...     page = fetcher.get("https://example.org/news/1")
    """

    def __init__(self, settings: Settings):
        self.settings = settings
        self._client: httpx.Client | None = None

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        if self._client is not None:
            self._client.close()

    @property
    def client(self) -> httpx.Client:
        # Created on first use: most runs read local files only.
        if self._client is None:
            self._client = httpx.Client(
                timeout=httpx.Timeout(self.settings.fetch_timeout_seconds),
                headers={"User-Agent": self.settings.user_agent},
                follow_redirects=False,
                trust_env=False,
            )
        return self._client

    def get(self, url: str) -> FetchedPage:
        """Fetch `url`, following redirects with the same checks, or raise FetchError naming it."""
        original = url
        for _hop in range(self.settings.fetch_max_redirects + 1):
            self.check_url(url)
            try:
                with self.client.stream("GET", url) as response:
                    if response.is_redirect:
                        url = urljoin(url, response.headers.get("location", ""))
                        continue
                    return self._read(url, response)
            except httpx.TimeoutException:
                raise FetchError(url, f"timed out after {self.settings.fetch_timeout_seconds:g} s") from None
            except httpx.HTTPError as exc:
                raise FetchError(url, f"request failed ({type(exc).__name__}: {exc})") from None
        raise FetchError(original, f"more than {self.settings.fetch_max_redirects} redirects")

    def check_url(self, url: str) -> None:
        """Refuse schemes other than http(s) and, unless allowed, hosts on private networks."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(url, f"unsupported URL scheme {parts.scheme!r} (only http and https)")
        if not parts.hostname:
            raise FetchError(url, "URL has no host")
        if self.settings.allow_private:
            return
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise FetchError(url, "URL has an invalid port") from None
        try:
            addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)}
        except socket.gaierror as exc:
            raise FetchError(url, f"cannot resolve host {parts.hostname!r} ({exc.strerror})") from None
        for address in addresses:
            if not is_public_address(address):
                raise FetchError(
                    url, f"refused: {parts.hostname} resolves to non-public address {address} "
                         "(use --allow-private to fetch from local or private networks)")

    def _read(self, url: str, response: httpx.Response) -> FetchedPage:
        if response.status_code != 200:
            raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}")
        media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        kind = ACCEPTED_TYPES.get(media_type)
        if kind is None:
            raise FetchError(url, f"unsupported content type {media_type or 'none'!r}")
        limit = self.settings.max_document_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(url, f"too large ({int(declared):,} bytes; limit {limit:,})")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(url, f"too large (over the {limit:,}-byte limit)")
            chunks.append(chunk)
        return FetchedPage(url=str(response.url), content=b"".join(chunks), kind=kind)


def is_public_address(address: str) -> bool:
    """True for globally routable unicast addresses; IPv4-mapped IPv6 is judged by its IPv4 part."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast
