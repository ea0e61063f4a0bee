#!/usr/bin/env python3
"""The demo's last act: asks the recall desk (`recall-desk`, `recall-lists`)
through `cargo lambda invoke`, prints the review queue and the compliance
report, and writes the desk's pages for the demo's recalls to a folder.

usage: desk_pages.py --out DIR [--port 9009] [--days 30]
Needs cargo-lambda on PATH and `cargo lambda watch` running on the port.
"""
import argparse
import datetime as dt
import json
import pathlib
import subprocess
import sys
import tempfile

ap = argparse.ArgumentParser()
ap.add_argument("--out", required=True)
ap.add_argument("--port", default="9009")
ap.add_argument("--days", type=int, default=30)
ap.add_argument("--queue-only", action="store_true", help="print the review queue and stop")
args = ap.parse_args()
out = pathlib.Path(args.out)
out.mkdir(parents=True, exist_ok=True)


def invoke(function: str, payload: dict) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(payload, f)
    run = subprocess.run(["cargo", "lambda", "invoke", function, "-A", "127.0.0.1", "-P", args.port,
                          "--data-file", f.name], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{function}: {run.stderr.strip() or run.stdout.strip()}")
    return json.loads(run.stdout)


def url_request(path: str, query: dict | None = None) -> dict:
    """A Function URL request, as Lambda delivers one (recall_desk::url_request)."""
    return {"version": "2.0", "rawPath": path, "rawQueryString": "", "headers": {},
            "queryStringParameters": query or {},
            "requestContext": {"http": {"method": "GET", "path": path, "protocol": "HTTP/1.1",
                                        "sourceIp": "127.0.0.1", "userAgent": "demo"},
                               "accountId": "123456789012", "apiId": "desk", "domainName": "desk.local",
                               "domainPrefix": "desk", "requestId": "demo", "routeKey": "$default",
                               "stage": "$default", "time": "01/Dec/2026:10:00:00 +0000", "timeEpoch": 0},
            "isBase64Encoded": False}


written = []


def page(function: str, path: str, query: dict | None = None, name: str | None = None) -> None:
    response = invoke(function, url_request(path, query))
    status = response.get("statusCode")
    target = out / (name or (path.strip("/").replace("/", "__") or "index") + ".html")
    target.write_text(response.get("body") or "", encoding="utf-8")
    written.append(f"{status} {path} -> {target.name}")


today = dt.date.today()
period = {"from": str(today - dt.timedelta(days=args.days - 1)), "to": str(today)}

print("== the review queue: every case awaiting review, oldest first")
queue = invoke("recall-desk", {"query": "review_queue"})
for row in queue.get("cases", []):
    c = row["case"]
    print(f"  waiting {row['waiting']:>12}  {c['case_id']}  {c['listing_title']}  "
          f"({c['confidence'].replace('_', ' ')}: {c['evidence']})")
if not queue.get("cases"):
    print("  (empty)")
if args.queue_only:
    sys.exit(0)

print(f"== the compliance report, {period['from']} to {period['to']} (working days from receipt)")
report = invoke("recall-desk", {"query": "compliance_report", **period})
print(f"  {'recall':30} {'authority':12} {'status':17} {'identified':>10} {'blocked':>8} {'sellers':>8} {'GPSR 2d':>8} {'pledge 3d':>9}")
for r in report.get("recalls", []):
    stage = lambda k: f"{r[k]['working_days']:.2f}" if r.get(k) else "-"
    print(f"  {r['recall_id']:30} {r['authority']:12} {r['status']:17} {stage('identified'):>10} "
          f"{stage('blocked'):>8} {stage('sellers_notified'):>8} {str(r.get('within_gpsr') or '-'):>8} "
          f"{str(r.get('within_pledge') or '-'):>9}")
f = report.get("figures", {})
for share in ("within_gpsr", "within_pledge"):
    s = f.get(share, {})
    print(f"  {s.get('label')}: {s.get('within')} of {s.get('of')} ({s.get('percent')}%)")
p = f.get("pledge_figure", {})
print(f"  beside the pledge's own figure: {p.get('percent')}% within {p.get('working_days')} working days ({p.get('period')})")

# The pages: each recall of the report and of the queue, the platform's own inspection, the queue,
# the report (and its CSV), the public lists.
recalls = {r["recall_id"] for r in report.get("recalls", [])}
recalls |= {row["case"]["recall_id"] for row in queue.get("cases", [])}
found = invoke("recall-desk", {"query": "search", "source": "platform", "reference": "INSP-77"})
recalls |= {r["recall_id"] for r in found.get("recalls", [])}
for recall_id in sorted(recalls):
    page("recall-desk", f"/recalls/{recall_id}")
page("recall-desk", "/review-queue")
page("recall-desk", "/compliance", period)
csv = invoke("recall-desk", url_request("/compliance.csv", period))
(out / "compliance.csv").write_text(csv.get("body") or "", encoding="utf-8")
written.append(f"{csv.get('statusCode')} /compliance.csv -> compliance.csv")
index = invoke("recall-lists", url_request("/lists/index.json"))
page("recall-lists", "/lists/", name="lists.html")
for category in json.loads(index.get("body") or "{}").get("categories", []):
    for cell in category.get("lists", []):
        if cell.get("count"):
            page("recall-lists", cell["html"])
print(f"== the desk's pages, written to {out} ({len(written)} files)")
lists = [w for w in written if " /lists/" in w]
for w in written:
    if w not in lists:
        print(f"  {w}")
print(f"  and the public recall product lists: the index and {len(lists) - 1} lists "
      f"({', '.join(sorted({w.split()[1].split('/')[2] for w in lists if w.split()[1].count('/') == 3}))})")
