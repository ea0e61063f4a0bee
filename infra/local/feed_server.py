#!/usr/bin/env python3
"""The local stand-in for the authorities' feeds (SPEC 1.7): serves the
recorded records of each feed the way the feed pages them, for the tests and
the demo. Records live in ROOT/<feed>.json (a JSON array; edit a file and the
next request sees it, as a corrected record at the authority).

  /cpsc?LastPublishDateStart=YYYY-MM-DD         CPSC recall API: a JSON array, filtered by day
  /rappelconso?where=date_publication>="..."&order_by=date_publication&limit=N&offset=K
                                                ODS explore v2.1: {total_count, results}
  /fda-food?search=report_date:[X+TO+Y]&sort=report_date:asc&limit=N&skip=K   (also fda-drug, fda-device)
                                                openFDA: {meta: {results: {total}}, results}; no match: 404 NOT_FOUND
  /health_canada                                the open-data file, a bare array (?wrapped=1: {"data": [...]})
  /safety_gate                                  Safety Gate's weekly reports index (XML), each report at
  /safety_gate/report/<reference>               (ROOT/safety_gate.json: [{reference, date DD/MM/YYYY, notifications: [xml]}])
  /opss?filter_public_timestamp=from:YYYY-MM-DD GOV.UK search API: {results: [{link, public_timestamp, title}]}, with
                                                x-content-origin naming where /api/content<link> is (ROOT/opss.json: content items)
  /api/content/<base_path>                      GOV.UK content API: the content item of that base_path
  /accc                                         the ACCC recalls RSS (ROOT/accc.json: [item XML])

Every answer has an ETag (the content's digest); a request whose
If-None-Match matches gets 304. Prefixes make a feed misbehave, for the
failure tests:
  /ratelimited/<feed...>   the first request of each path gets 429 Retry-After: 1, then it answers
  /html-error/<feed...>    HTTP 200 with an HTML error page
  /truncated/<feed...>     the answer cut in the middle of its JSON
  /down/<feed...>          HTTP 503

usage: feed_server.py --root DIR [--port 0]   (prints "feed_server: listening on 127.0.0.1:PORT")
"""
import argparse
import hashlib
import json
import pathlib
import re
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ap = argparse.ArgumentParser()
ap.add_argument("--root", required=True)
ap.add_argument("--port", type=int, default=0)
args = ap.parse_args()
root = pathlib.Path(args.root)
seen_limited: set[str] = set()
lock = threading.Lock()


def records(feed: str) -> list:
    path = root / f"{feed}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def answer(feed: str, q: dict) -> tuple[int, object]:
    one = lambda k, d=None: q.get(k, [d])[0]
    if feed == "cpsc":
        day = one("LastPublishDateStart", "0000-00-00")
        return 200, [r for r in records(feed)
                     if str(r.get("LastPublishDate") or r.get("RecallDate") or "")[:10] >= day]
    if feed == "rappelconso":
        rs = sorted(records(feed), key=lambda r: r.get("date_publication", ""))
        m = re.search(r'date_publication>="([^"]*)"', one("where", "") or "")
        if m:
            rs = [r for r in rs if r.get("date_publication", "") >= m.group(1)]
        off, lim = int(one("offset", 0)), int(one("limit", 10))
        return 200, {"total_count": len(rs), "results": rs[off:off + lim]}
    if feed.startswith("fda-"):
        rs = sorted(records(feed), key=lambda r: r.get("report_date", ""))
        m = re.search(r"report_date:\[(\d{8})", one("search", "") or "")
        if m:
            rs = [r for r in rs if r.get("report_date", "") >= m.group(1)]
        if not rs:
            return 404, {"error": {"code": "NOT_FOUND", "message": "No matches found!"}}
        skip, lim = int(one("skip", 0)), int(one("limit", 100))
        return 200, {"meta": {"results": {"skip": skip, "limit": lim, "total": len(rs)}}, "results": rs[skip:skip + lim]}
    if feed == "safety_gate":
        return 200, None  # XML: see do_GET
    if feed == "opss":
        day = (one("filter_public_timestamp", "from:0000") or "from:0000").split(":", 1)[-1]
        items = sorted(records(feed), key=lambda r: r.get("public_updated_at", ""))
        return 200, {"results": [{"link": r["base_path"], "public_timestamp": r.get("public_updated_at", ""),
                                  "title": r.get("title", "")} for r in items
                                 if r.get("public_updated_at", "")[:10] >= day]}
    if feed == "health_canada":
        rs = records(feed)
        return 200, ({"data": rs} if one("wrapped") == "1" else rs)
    return 404, {"error": f"no feed {feed}"}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *a):  # quiet
        pass

    def send(self, status: int, body: bytes, ctype="application/json", headers=None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        parts = [p for p in url.path.split("/") if p]
        mode = parts[0] if parts and parts[0] in ("ratelimited", "html-error", "truncated", "down") else None
        if mode:
            parts = parts[1:]
        feed = parts[0] if parts else ""
        if mode == "ratelimited":
            with lock:
                first = url.path not in seen_limited
                seen_limited.add(url.path)
            if first:
                return self.send(429, b'{"error":"slow down"}', headers={"Retry-After": "1"})
        if mode == "down":
            return self.send(503, b"Service Unavailable", "text/plain")
        if mode == "html-error":
            return self.send(200, b"<!DOCTYPE html><html><head><title>Error</title></head><body>"
                                  b"<h1>Service temporarily unavailable</h1></body></html>", "text/html")
        if feed == "api" and len(parts) >= 2 and parts[1] == "content":
            path = "/" + "/".join(parts[2:])
            found = [r for r in records("opss") if r.get("base_path") == path]
            body = json.dumps(found[0] if found else {"error": "not found"}, ensure_ascii=False).encode()
            return self.send(200 if found else 404, body)
        if feed == "accc":
            body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Product Safety Australia recalls</title>"
                    + "".join(records("accc")) + "</channel></rss>").encode()
            if mode == "truncated":
                return self.send(200, body[: len(body) // 2], "application/rss+xml")
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                return self.send(304, b"", headers={"ETag": etag})
            return self.send(200, body, "application/rss+xml", headers={"ETag": etag})
        status, obj = answer(feed, urllib.parse.parse_qs(url.query))
        ctype = "application/json"
        if feed == "safety_gate":
            ctype = "application/xml"
            reports = records("safety_gate")
            prefix = f"http://{self.headers.get('Host')}/{mode + '/' if mode else ''}safety_gate/report/"
            if len(parts) >= 3 and parts[1] == "report":
                found = [r for r in reports if r["reference"] == urllib.parse.unquote(parts[2])]
                if not found:
                    return self.send(404, b"<error>no such report</error>", ctype)
                r = found[0]
                body = ("<?xml version=\"1.0\"?><Safety-Gate><report_date>" + r["date"] + "</report_date>"
                        + "".join(r["notifications"]) + "</Safety-Gate>").encode()
            else:
                body = ("<?xml version=\"1.0\"?><Safety-Gate>" + "".join(
                    f"<weeklyReport><reference>{r['reference']}</reference><publicationDate>{r['date']}</publicationDate>"
                    f"<URL>{prefix}{urllib.parse.quote(r['reference'])}</URL></weeklyReport>" for r in reports)
                    + "</Safety-Gate>").encode()
        else:
            body = json.dumps(obj, ensure_ascii=False).encode()
        if mode == "truncated":
            return self.send(200, body[: max(1, len(body) // 2)])
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if status == 200 and self.headers.get("If-None-Match") == etag:
            return self.send(304, b"", headers={"ETag": etag})
        headers = {"ETag": etag} if status == 200 else {}
        if feed == "opss":
            headers["x-content-origin"] = f"http://{self.headers.get('Host')}"
        self.send(status, body, ctype, headers=headers)


server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
print(f"feed_server: listening on 127.0.0.1:{server.server_address[1]}", flush=True)
try:
    server.serve_forever()
except KeyboardInterrupt:
    sys.exit(0)
