#!/usr/bin/env python3
"""Print the emails the local SES v2 stand-in (aws-ses-v2-local) recorded.

  .local/venv/bin/python infra/local/sent_mail.py            readable, oldest first
  .local/venv/bin/python infra/local/sent_mail.py --json     the raw GET /store JSON
  .local/venv/bin/python infra/local/sent_mail.py --since 1795490000 --to seller-42@sellers.example

The server is --url, else AWS_ENDPOINT_URL_SESV2, else 127.0.0.1 on SES_PORT or
the port stack.sh recorded in .run/ses.port (default 8005). Its store (GET /store) is
  {"templates": {...}, "emails": [{"messageId", "from", "replyTo": [...],
    "destination": {"to": [...], "cc": [...], "bcc": [...]}, "subject",
    "body": {"text", "html"}, "attachments": [...], "at": <epoch seconds>}]}
The same mail is in a browser at the server's / while the stack is up.
Only standard library: runs with any python3.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path


class _Text(HTMLParser):
    """A rough text rendering of an HTML body, for mail sent without a text part."""

    LINE = {"br", "div", "tr", "table", "ul", "ol"}
    PARAGRAPH = {"p", "h1", "h2", "h3", "h4"}
    HIDDEN = {"style", "script", "head", "title"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in self.LINE:
            self.parts.append("\n")
        elif tag in self.PARAGRAPH:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.PARAGRAPH:
            self.parts.append("\n\n")
        elif tag in self.LINE:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        lines = [line.strip() for line in "".join(self.parts).splitlines()]
        out: list[str] = []
        for line in lines:
            if line or (out and out[-1]):
                out.append(line)
        return "\n".join(out).strip()


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return parser.text()


def default_url() -> str:
    if os.environ.get("AWS_ENDPOINT_URL_SESV2"):
        return os.environ["AWS_ENDPOINT_URL_SESV2"]
    port = os.environ.get("SES_PORT")
    if not port:  # the port stack.sh started the server on
        recorded = Path(__file__).resolve().parent / ".run" / "ses.port"
        port = recorded.read_text().strip() if recorded.is_file() else "8005"
    return f"http://127.0.0.1:{port}"


def fetch_store(url: str, since: int | None) -> dict:
    query = f"?{urllib.parse.urlencode({'since': since})}" if since is not None else ""
    with urllib.request.urlopen(url.rstrip("/") + "/store" + query, timeout=10) as response:
        return json.load(response)


def render(email: dict) -> str:
    destination = email.get("destination") or {}
    body = email.get("body") or {}
    at = email.get("at")
    lines = []
    lines.append(f"To:      {', '.join(destination.get('to') or []) or '-'}")
    if destination.get("cc"):
        lines.append(f"Cc:      {', '.join(destination['cc'])}")
    if destination.get("bcc"):
        lines.append(f"Bcc:     {', '.join(destination['bcc'])}")
    lines.append(f"From:    {email.get('from', '-')}")
    lines.append(f"Subject: {email.get('subject', '')}")
    if isinstance(at, (int, float)):
        lines.append(f"Date:    {datetime.fromtimestamp(at, timezone.utc):%Y-%m-%d %H:%M:%S} UTC")
    attachments = email.get("attachments") or []
    if attachments:
        names = ", ".join(a.get("filename") or "?" for a in attachments)
        lines.append(f"Attach:  {names}")
    lines.append("")
    if body.get("text"):
        lines.append(body["text"].rstrip())
    elif body.get("html"):
        lines.append("(HTML only; as text:)")
        lines.append(html_to_text(body["html"]))
    else:
        lines.append("(no body)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print the emails the local SES v2 stand-in recorded.")
    parser.add_argument("--json", action="store_true", help="dump the raw /store JSON")
    parser.add_argument("--url", default=default_url(), help="the aws-ses-v2-local server (default: %(default)s)")
    parser.add_argument("--since", type=int, help="only mail sent at or after this epoch second")
    parser.add_argument("--to", help="only mail with this address among To, Cc or Bcc")
    args = parser.parse_args(argv)

    try:
        store = fetch_store(args.url, args.since)
    except (urllib.error.URLError, OSError, ValueError) as err:
        print(
            f"sent_mail: cannot read {args.url}/store ({err}); is the stack up? "
            "infra/local/stack.sh start",
            file=sys.stderr,
        )
        return 1

    emails = store.get("emails") or []
    if args.to:
        wanted = args.to.lower()
        emails = [
            e for e in emails
            if wanted in (a.lower() for field in ("to", "cc", "bcc")
                          for a in (e.get("destination") or {}).get(field) or [])
        ]
        store = {**store, "emails": emails}

    if args.json:
        json.dump(store, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0

    width = min(shutil.get_terminal_size((80, 24)).columns, 100)
    rule = "-" * width
    if not emails:
        print("(no emails recorded)")
        return 0
    for number, email in enumerate(emails, 1):
        print(rule)
        print(f"#{number}")
        print(render(email))
    print(rule)
    print(f"{len(emails)} email{'s' if len(emails) != 1 else ''} (inbox: {args.url.rstrip('/')}/)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # | head
        sys.exit(0)
