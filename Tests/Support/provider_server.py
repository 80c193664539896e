#!/usr/bin/env python3
"""A local HTTP server that speaks one provider's protocol, for VideoGen's real-HTTP tests.

Its answers are written by hand from the provider docs (not from VideoGen's specs), and it follows a script:
  create -> 200 with a task id
  status #1 -> 429 with Retry-After (seconds from --retry-after)
  status #2 -> 500
  status #3 -> the task running
  status #4 and later -> the task done, with a video URL
Every request is logged; GET /__log returns the log as JSON (method, path, time, status, auth ok, host, and
whether any Authorization header came at all).
For the redirect tests: GET /__redirect-other-host answers 302 to the same server under the name "localhost"
(another host for an HTTP client), GET /__redirect-same-host answers 302 to 127.0.0.1; both land on /__echo.
GET /__big?bytes=N answers a JSON array of about N bytes (for the response cap).
Hostile modes (--hostile MODE) replace every status answer, for the hardening tests:
  gzip-bomb      a gzip body of a few kilobytes per megabyte that inflates to --bytes of JSON (Content-Encoding: gzip)
  huge           a plain JSON body of --bytes bytes, streamed without Content-Length
  slow           a valid answer trickled one byte per second
  retry-after    429 with Retry-After: 999999999
  file-url       a completed task whose video URL is file:///etc/passwd
  terminal       a failed task whose id, code and message carry terminal escapes (an OSC 8 hyperlink, a clear)
The log then also records, per request, how many body bytes the server managed to write ("sent").
With --script direct there is no 429/500 script: every documented operation of the provider answers at once
(create, status, and where documented the sync and upload endpoints), and the log also records each request's
query string, content type, JSON body and multipart parts (name, filename, content type, size).
Replicate and fal (the "routed" providers) answer every operation of their docs, whatever the script: create
(Replicate: by model, by version, on a deployment; a create with Prefer: wait answers the finished prediction, as the
sync mode does), status (the script applies), cancel, list, the webhook secret, and the files API with its signed
download (which must come WITHOUT the key); fal: submit, status, the status stream (text/event-stream), the
result, cancel (PUT) and the fal.run sync run. Replicate expects "Authorization: Bearer KEY", fal
"Authorization: Key KEY". fal's submit and the fal.run run share one path here (the client points both hosts at
this server), so with --script direct a POST to a model answers the submit answer merged with the model's output:
read as a create it is the queued request, read as a sync answer it is the finished output. Of the hostile modes,
gzip-bomb, huge, slow and retry-after apply to their status answers; terminal and file-url do not.
Usage: provider_server.py --provider apixo|toapis|apimart|apimodels|replicate|fal [--key KEY] [--retry-after N]
                          [--script flaky|direct] [--hostile MODE] [--bytes N]
It prints "PORT <n>" on its first line of stdout once it listens on 127.0.0.1.
Standard library only.
"""
import argparse
import json
import re
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ANSWERS = {
    "apixo": {
        "create_path": "/api/v1/generateTask/grok-video",
        "status_prefix": "/api/v1/statusTask/grok-video",
        "created": {"code": 200, "message": "success", "data": {"taskId": "task_local_1"}},
        "running": {"code": 200, "message": "success", "data": {"taskId": "task_local_1", "state": "processing", "createTime": 1767965610929}},
        "done": {"code": 200, "message": "success", "data": {"taskId": "task_local_1", "state": "success",
                 "resultJson": "{\"resultUrls\":[\"https://r2.apixo.ai/local-video.mp4\"]}",
                 "createTime": 1767965610929, "completeTime": 1767965652317, "costTime": 41388}},
        "unauthorized": {"code": 401, "message": "Invalid or missing API Key", "data": None},
        "rate_limited": {"code": 429, "message": "Rate limit exceeded", "data": None},
        "server_error": {"code": 500, "message": "Internal error", "data": None},
    },
    "toapis": {
        "create_path": "/v1/videos/generations",
        "status_prefix": "/v1/videos/generations/",
        "created": {"id": "video_local_1", "object": "generation.task", "model": "grok-video-3", "status": "queued",
                    "progress": 0, "created_at": 1768380224, "metadata": {}},
        "running": {"id": "video_local_1", "object": "generation.task", "model": "grok-video-3", "status": "in_progress",
                    "progress": 65, "created_at": 1768380224},
        "done": {"id": "video_local_1", "object": "generation.task", "model": "grok-video-3", "status": "completed",
                 "progress": 100, "created_at": 1768380224, "completed_at": 1768380514, "expires_at": 1768466914,
                 "result": {"type": "video", "data": [{"url": "https://files.example/local-video.mp4", "format": "mp4"}]}},
        "unauthorized": {"error": {"code": 401, "message": "Unauthorized", "type": "unauthorized"}},
        "rate_limited": {"error": {"code": 429, "message": "Rate limit exceeded", "type": "rate_limit_exceeded"}},
        "server_error": {"error": {"code": 500, "message": "Internal error", "type": "internal_error"}},
        # STATUS-ENDPOINTS (toapis): POST /v1/uploads/images, multipart file (+ purpose) -> data.url.
        "upload_path": "/v1/uploads/images",
        "uploaded": {"success": True, "message": "", "data": {"id": "img_local_1",
                     "url": "https://files.example/uploads/local.png", "mime_type": "image/png", "size": 3}},
    },
    "apimart": {
        # 004 and STATUS-ENDPOINTS (apimart): create answer, GET /v1/tasks/{id}, unwrapped upload answer.
        "create_path": "/v1/videos/generations",
        "status_prefix": "/v1/tasks/",
        "created": {"code": 200, "data": {"id": "task_01JNLOCAL", "status": "submitted", "progress": 0,
                                          "created": 1710000000, "type": "video"}},
        "running": {"code": 200, "data": {"created": 1765000891, "estimated_time": 600, "id": "task_01JNLOCAL",
                                          "progress": 91, "status": "processing"}},
        "done": {"code": 200, "data": {"actual_time": 155, "completed": 1765001046, "created": 1765000891,
                                       "estimated_time": 600, "id": "task_01JNLOCAL", "progress": 100,
                                       "result": {"videos": [{"expires_at": 1765087446,
                                                              "url": ["https://upload.apimart.ai/f/video/local.mp4"]}]},
                                       "status": "completed"}},
        "unauthorized": {"code": 401, "error": {"code": 401, "message": "Invalid API key", "type": "authentication_error"}},
        "rate_limited": {"code": 429, "error": {"code": 429, "message": "Rate limit exceeded", "type": "rate_limit_error"}},
        "server_error": {"code": 500, "error": {"code": 500, "message": "Server error", "type": "server_error"}},
        "upload_path": "/v1/uploads/images",
        "uploaded": {"url": "https://upload.apimart.ai/f/image/local.png", "filename": "reference.png",
                     "content_type": "image/png", "bytes": 3, "created_at": 1765000000},
    },
    "apimodels": {
        # 000/001 and STATUS-ENDPOINTS (apimodels): the {code, msg, data} envelope, status by ?task_id=, the
        # blocking P-Video endpoint, POST /api/v1/files -> data.publicUrl.
        "create_path": "/api/v1/video/generations",
        "status_prefix": "/api/v1/video/generations",
        "created": {"code": 200, "msg": "success", "data": {"taskId": "clxlocal1", "state": "pending"}},
        "running": {"code": 200, "msg": "success", "data": {"taskId": "clxlocal1", "state": "processing"}},
        "done": {"code": 200, "msg": "success", "data": {"taskId": "clxlocal1", "state": "completed",
                 "resultUrls": ["https://cdn.example.com/local-video.mp4"], "createTime": 1705123450000,
                 "completeTime": 1705123500000}},
        "unauthorized": {"code": 401, "msg": "Unauthorized: invalid API key", "data": None},
        "rate_limited": {"code": 429, "msg": "Too many requests", "data": None},
        "server_error": {"code": 500, "msg": "Internal Server Error", "data": None},
        "sync_path": "/api/v1/video/p-video",
        "synced": {"code": 200, "msg": "success", "data": {"taskId": "clxsync1", "state": "completed",
                   "resultUrls": ["https://cdn.example.com/p-video.mp4"]}},
        "upload_path": "/api/v1/files",
        "uploaded": {"code": 200, "msg": "success", "data": {"publicUrl": "https://r2.apimodels.app/files/local.png"}},
    },
}


def replicate_prediction(status, output=None, error=None, completed=True):
    """A prediction as replicate.md 3.1 describes it (shaped like its R2 sample), for the local prediction."""
    pid = "localgm3qorzdhgbfurvjtvhg6"
    started = status != "starting"
    return {
        "id": pid,
        "model": "google/veo-3-fast",
        "version": "100a06f7df77026a28d962e7cd70c0e8a7356313377e8e0ff8c7a3445d0cdfb2",
        "input": {"prompt": "A cat playing piano"},
        "logs": "" if started else None,
        "output": output,
        "error": error,
        "status": status,
        "created_at": "2025-10-16T12:00:00.123456Z",
        "data_removed": False,
        "started_at": "2025-10-16T12:00:01.234567Z" if started else None,
        "completed_at": "2025-10-16T12:01:30.345678Z" if completed and started else None,
        "metrics": {"predict_time": 89.111111, "total_time": 90.222222} if completed and started else {},
        "urls": {
            "web": "https://replicate.com/p/" + pid,
            "get": "https://api.replicate.com/v1/predictions/" + pid,
            "cancel": "https://api.replicate.com/v1/predictions/" + pid + "/cancel",
        },
    }


REPLICATE_VIDEO = "https://replicate.delivery/local/output.mp4"
REPLICATE_FILE = {
    # replicate.md 2.7, the file object's fields.
    "id": "localfile1", "checksums": {"sha256": "039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81"},
    "content_type": "image/png", "created_at": "2025-10-16T12:00:00.000000Z",
    "expires_at": "2025-10-17T12:00:00.000000Z", "metadata": {}, "size": 3,
    "urls": {"get": "https://api.replicate.com/v1/files/localfile1"},
}
FAL_ID = "local-80e7-45cd-bd63-580e4f2a94cc"
FAL_URLS = {
    "response_url": "https://queue.fal.run/fal-ai/veo3/requests/" + FAL_ID,
    "status_url": "https://queue.fal.run/fal-ai/veo3/requests/" + FAL_ID + "/status",
    "cancel_url": "https://queue.fal.run/fal-ai/veo3/requests/" + FAL_ID + "/cancel",
}
FAL_OUTPUT = {"video": {"url": "https://v3.fal.media/files/local/video.mp4", "content_type": "video/mp4",
                        "file_name": "video.mp4", "file_size": 3}}

ANSWERS.update({
    "replicate": {
        # replicate.md: predictions (E1-E6), the webhook secret (E7), the files API (E8-E12); errors are problem
        # details, of which the docs show only {"detail": ...} (the 429 body R6). Create answers 201 (not stated in
        # the docs; commonly 201).
        "route": "replicate",
        "auth_scheme": "Bearer",
        "created": replicate_prediction("starting", completed=False),
        "running": replicate_prediction("processing", completed=False),
        "done": replicate_prediction("succeeded", output=REPLICATE_VIDEO),
        "cancelled": replicate_prediction("canceled"),
        "listed": {"next": None, "previous": None, "results": [dict(replicate_prediction("succeeded",
                   output=REPLICATE_VIDEO), source="api")]},
        "secret": {"key": "whsec_5WbX5kEWLlfzsGNjH64I8lOOqUB6e8FH"},
        "uploaded": REPLICATE_FILE,
        "files": {"next": None, "previous": None, "results": [REPLICATE_FILE]},
        "unauthorized": {"title": "Unauthenticated", "detail": "You did not pass a valid authentication token",
                         "status": 401},
        "rate_limited": {"detail": "Request was throttled. Your rate limit resets in ~30s."},
        "server_error": {"detail": "Internal server error", "status": 500},
        "not_found": {"detail": "Not found.", "status": 404},
    },
    "fal": {
        # fal.md: submit (F1 shape), status (F2/F3 shapes; 202 until COMPLETED, then 200), the status stream, the
        # result (the model's output: {"video": {url, ...}}, as the docs print result.data.video.url), cancel (F6,
        # 202), fal.run (the output itself). Error bodies are FastAPI-style {"detail": ...}; fal documents no 401,
        # 429 or 500 bodies, so these are written in that shape.
        "route": "fal",
        "auth_scheme": "Key",
        "created": dict({"request_id": FAL_ID}, **FAL_URLS),
        "queued": dict({"status": "IN_QUEUE", "queue_position": 0}, response_url=FAL_URLS["response_url"]),
        "running": dict({"status": "IN_PROGRESS", "request_id": FAL_ID}, logs=[], metrics={}, **FAL_URLS),
        "done": dict({"status": "COMPLETED", "request_id": FAL_ID}, logs=[], metrics={"inference_time": 17.8},
                     **FAL_URLS),
        "result": FAL_OUTPUT,
        "cancelled": {"status": "CANCELLATION_REQUESTED"},
        "unauthorized": {"detail": "Unauthorized: check that your API key is correctly set in the Authorization header"},
        "rate_limited": {"detail": "Too many requests"},
        "server_error": {"detail": "Internal Server Error"},
        "not_found": {"detail": "Not Found"},
    },
})


def multipart_parts(content_type, body):
    """The parts of a multipart/form-data body: name, filename, content type and size of each."""
    boundary = None
    for piece in content_type.split(";"):
        piece = piece.strip()
        if piece.startswith("boundary="):
            boundary = piece[len("boundary="):].strip('"')
    if not boundary:
        return None
    parts = []
    for chunk in body.split(b"--" + boundary.encode())[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, content = chunk.partition(b"\r\n\r\n")
        if content.endswith(b"\r\n"):
            content = content[:-2]
        part = {"name": None, "filename": None, "contentType": None, "size": len(content), "value": None}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            lower = line.lower()
            if lower.startswith("content-disposition:"):
                for item in line.split(";")[1:]:
                    key, _, value = item.strip().partition("=")
                    if key in ("name", "filename"):
                        part[key] = value.strip('"')
            elif lower.startswith("content-type:"):
                part["contentType"] = line.split(":", 1)[1].strip()
        if part["filename"] is None:
            part["value"] = content.decode("utf-8", "replace")
        parts.append(part)
    return parts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--provider", required=True, choices=sorted(ANSWERS))
    parser.add_argument("--key", default="sk-local-test-key")
    parser.add_argument("--retry-after", type=int, default=1)
    parser.add_argument("--script", choices=["flaky", "direct"], default="flaky")
    parser.add_argument("--hostile", choices=["gzip-bomb", "huge", "slow", "retry-after", "file-url", "terminal"])
    parser.add_argument("--bytes", type=int, default=1 << 30)
    options = parser.parse_args()
    answers = ANSWERS[options.provider]
    scheme = answers.get("auth_scheme", "Bearer")
    state = {"status_calls": 0, "log": []}
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def reply(self, status, body, headers=None):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def record(self, status, auth_ok, sent=None):
            content_type = self.headers.get("Content-Type", "")
            body = getattr(self, "request_body", b"")
            entry = {"method": self.command, "path": self.path, "time": time.time(),
                     "status": status, "authOK": auth_ok, "host": self.headers.get("Host", ""),
                     "authPresent": self.headers.get("Authorization") is not None,
                     "sent": sent, "contentType": content_type, "json": None, "parts": None}
            if content_type.startswith("application/json") and body:
                try:
                    entry["json"] = json.loads(body)
                except ValueError:
                    pass
            if content_type.startswith("multipart/form-data"):
                entry["parts"] = multipart_parts(content_type, body)
            with lock:
                state["log"].append(entry)

        def write_until_closed(self, chunks):
            """Writes chunks until the client hangs up; returns the body bytes written."""
            sent = 0
            try:
                for chunk in chunks:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except (BrokenPipeError, ConnectionResetError, OSError):
                pass
            return sent

        def hostile_status(self):
            mode = options.hostile
            if mode == "retry-after":
                self.record(429, True)
                return self.reply(429, answers["rate_limited"], {"Retry-After": "999999999"})
            if mode == "terminal":
                osc8 = "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\"
                failed = {
                    "apixo": {"code": 200, "message": "success", "data": {
                        "taskId": "task_\x1b[2J1", "state": "failed", "failCode": "CODE\x07",
                        "failMsg": "bad\r\nvideo: " + osc8}},
                    "toapis": {"id": "video_\x1b[2J1", "object": "generation.task", "status": "failed",
                               "error": {"code": "CODE\x07", "message": "bad\r\nvideo: " + osc8}},
                }[options.provider]
                self.record(200, True)
                return self.reply(200, failed)
            if mode == "file-url":
                body = json.loads(json.dumps(answers["done"]).replace(
                    "https://r2.apixo.ai/local-video.mp4", "file:///etc/passwd").replace(
                    "https://files.example/local-video.mp4", "file:///etc/passwd"))
                self.record(200, True)
                return self.reply(200, body)
            if mode == "slow":
                data = json.dumps(answers["running"]).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                def trickle():
                    for index in range(len(data)):
                        yield data[index:index + 1]
                        time.sleep(1)
                self.record(200, True)
                self.write_until_closed(trickle())
                return
            if mode == "gzip-bomb":
                # One compressed block of zeros repeated: about 1 KB on the wire per megabyte of JSON.
                compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
                def bomb():
                    yield compressor.compress(b"[")
                    block = b"0," * (1 << 19)
                    produced = 0
                    while produced < options.bytes:
                        piece = compressor.compress(block)
                        produced += len(block)
                        if piece:
                            yield piece
                            time.sleep(0.002)  # about 250 MB/s inflated: a client that never hangs up is visible
                    yield compressor.compress(b"0]") + compressor.flush()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Encoding", "gzip")
                self.end_headers()
                return self.record(200, True, self.write_until_closed(bomb()))
            if mode == "huge":
                def huge():
                    yield b"["
                    block = b"0," * (1 << 19)
                    produced = 0
                    while produced < options.bytes:
                        yield block
                        produced += len(block)
                        time.sleep(0.004)  # about 250 MB/s: the cap is reached at once, the end only after minutes
                    yield b"0]"
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.close_connection = True
                return self.record(200, True, self.write_until_closed(huge()))

        def reply_bytes(self, status, data, content_type):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def route(self, path):
            """The operation a request of a routed provider (replicate, fal) calls, and the path's captures."""
            method = self.command
            if answers["route"] == "replicate":
                table = [
                    ("POST", r"/models/[^/]+/[^/]+/predictions", "create"),
                    ("POST", r"/predictions", "create"),
                    ("POST", r"/deployments/[^/]+/[^/]+/predictions", "create"),
                    ("GET", r"/predictions", "list"),
                    ("GET", r"/predictions/([^/]+)", "status"),
                    ("POST", r"/predictions/([^/]+)/cancel", "cancel"),
                    ("GET", r"/webhooks/default/secret", "secret"),
                    ("POST", r"/files", "upload"),
                    ("GET", r"/files", "files"),
                    ("GET", r"/files/([^/]+)", "file"),
                    ("DELETE", r"/files/([^/]+)", "delete"),
                    ("GET", r"/files/([^/]+)/download", "download"),
                ]
            else:
                table = [
                    ("GET", r"/[^/]+/[^/]+/requests/([^/]+)/status", "status"),
                    ("GET", r"/[^/]+/[^/]+/requests/([^/]+)/status/stream", "stream"),
                    ("GET", r"/[^/]+/[^/]+/requests/([^/]+)", "result"),
                    ("PUT", r"/[^/]+/[^/]+/requests/([^/]+)/cancel", "cancel"),
                    ("POST", r"/(?!.*/requests/)[^/]+/.+", "create"),
                ]
            for verb, pattern, name in table:
                if verb == method and re.fullmatch(pattern, path):
                    return name
            return None

        def handle_routed(self, body):
            """Replicate and fal: every operation of the docs (see the module's docstring)."""
            path, _, query = self.path.partition("?")
            operation = self.route(path)
            if operation == "download":
                # A signed URL: the spec sends no key there; the signature query authorizes the download.
                params = dict(item.partition("=")[::2] for item in query.split("&") if item)
                signed = all(params.get(name) for name in ("expiry", "owner", "signature"))
                if not signed:
                    self.record(403, False)
                    return self.reply(403, {"detail": "Invalid signature.", "status": 403})
                self.record(200, True)
                return self.reply_bytes(200, b"\x89PN", "application/octet-stream")
            auth_ok = self.headers.get("Authorization") == scheme + " " + options.key
            if not auth_ok:
                self.record(401, False)
                return self.reply(401, answers["unauthorized"])
            if operation is None:
                self.record(404, True)
                return self.reply(404, answers["not_found"])
            if operation == "create":
                try:
                    json.loads(body or b"null")
                except ValueError:
                    self.record(400, True)
                    return self.reply(400, answers["server_error"])
                if options.hostile == "retry-after":
                    self.record(429, True)
                    return self.reply(429, answers["rate_limited"], {"Retry-After": "999999999"})
                if answers["route"] == "replicate":
                    if self.headers.get("Prefer", "").startswith("wait"):
                        # Sync mode: the model finished within the wait.
                        self.record(201, True)
                        return self.reply(201, answers["done"])
                    self.record(201, True)
                    return self.reply(201, answers["created"])
                if options.script == "direct":
                    # One path for the queue submit and the fal.run run: both answers in one body.
                    self.record(200, True)
                    return self.reply(200, dict(answers["created"], **answers["result"]))
                self.record(200, True)
                return self.reply(200, answers["created"])
            if operation == "status":
                if options.hostile in ("gzip-bomb", "huge", "slow", "retry-after"):
                    return self.hostile_status()
                done = 200
                if options.script == "direct":
                    self.record(done, True)
                    return self.reply(done, answers["done"])
                with lock:
                    state["status_calls"] += 1
                    call = state["status_calls"]
                if call == 1:
                    self.record(429, True)
                    return self.reply(429, answers["rate_limited"], {"Retry-After": str(options.retry_after)})
                if call == 2:
                    self.record(500, True)
                    return self.reply(500, answers["server_error"])
                if call == 3:
                    # fal answers 202 while the request is queued or in progress.
                    running = 202 if answers["route"] == "fal" else 200
                    self.record(running, True)
                    return self.reply(running, answers["running"])
                self.record(done, True)
                return self.reply(done, answers["done"])
            if operation == "stream":
                # Each event is a status object as the status call answers it (F3), with a keep-alive comment.
                data = "data: %s\n\n" % json.dumps(answers["queued"])
                data += "data: %s\n\n: ping\n\n" % json.dumps(answers["running"])
                data += "data: %s\n\n" % json.dumps(answers["done"])
                self.record(200, True)
                return self.reply_bytes(200, data.encode(), "text/event-stream")
            if operation == "result":
                self.record(200, True)
                return self.reply(200, answers["result"])
            if operation == "cancel":
                status = 202 if answers["route"] == "fal" else 200
                self.record(status, True)
                return self.reply(status, answers["cancelled"])
            if operation == "upload":
                parts = multipart_parts(self.headers.get("Content-Type", ""), body)
                if not parts or not any(part["filename"] and part["name"] == "content" for part in parts):
                    self.record(400, True)
                    return self.reply(400, {"detail": "content is required", "status": 400})
                self.record(201, True)
                return self.reply(201, answers["uploaded"])
            if operation == "delete":
                self.record(204, True)
                self.send_response(204)
                self.end_headers()
                return
            answer = {"list": "listed", "secret": "secret", "files": "files", "file": "uploaded"}[operation]
            self.record(200, True)
            return self.reply(200, answers[answer])

        def handle_request(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            self.request_body = body
            if self.path == "/__log":
                with lock:
                    return self.reply(200, state["log"])
            port = self.server.server_address[1]
            if self.path == "/__redirect-other-host":
                self.record(302, False)
                return self.reply(302, {}, {"Location": "http://localhost:%d/__echo" % port})
            if self.path == "/__redirect-same-host":
                self.record(302, False)
                return self.reply(302, {}, {"Location": "http://127.0.0.1:%d/__echo" % port})
            if self.path.startswith("/__big"):
                size = int(self.path.split("=")[-1]) if "=" in self.path else 1 << 20
                self.record(200, False)
                data = b"[" + b"0," * (size // 2) + b"0]"
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                return
            if self.path == "/__echo":
                self.record(200, self.headers.get("Authorization") == scheme + " " + options.key)
                return self.reply(200, {"echo": True})
            if "route" in answers:
                return self.handle_routed(body)
            auth_ok = self.headers.get("Authorization") == "Bearer " + options.key
            if not auth_ok:
                self.record(401, False)
                return self.reply(401, answers["unauthorized"])
            path = self.path.split("?")[0]
            if self.command == "POST" and path == answers["create_path"] and options.hostile == "retry-after":
                self.record(429, True)
                return self.reply(429, answers["rate_limited"], {"Retry-After": "999999999"})
            if self.command == "POST" and path == answers["create_path"]:
                try:
                    json.loads(body or b"null")
                except ValueError:
                    self.record(400, True)
                    return self.reply(400, answers["server_error"])
                self.record(200, True)
                return self.reply(200, answers["created"])
            if self.command == "GET" and path.startswith(answers["status_prefix"]) and options.hostile:
                return self.hostile_status()
            if self.command == "POST" and path == answers.get("sync_path"):
                self.record(200, True)
                return self.reply(200, answers["synced"])
            if self.command == "POST" and path == answers.get("upload_path"):
                parts = multipart_parts(self.headers.get("Content-Type", ""), body)
                if not parts or not any(part["filename"] for part in parts):
                    self.record(400, True)
                    return self.reply(400, answers["server_error"])
                self.record(200, True)
                return self.reply(200, answers["uploaded"])
            if self.command == "GET" and path.startswith(answers["status_prefix"]) and options.script == "direct":
                self.record(200, True)
                return self.reply(200, answers["done"])
            if self.command == "GET" and path.startswith(answers["status_prefix"]):
                with lock:
                    state["status_calls"] += 1
                    call = state["status_calls"]
                if call == 1:
                    self.record(429, True)
                    return self.reply(429, answers["rate_limited"], {"Retry-After": str(options.retry_after)})
                if call == 2:
                    self.record(500, True)
                    return self.reply(500, answers["server_error"])
                answer = answers["running"] if call == 3 else answers["done"]
                self.record(200, True)
                return self.reply(200, answer)
            self.record(404, True)
            return self.reply(404, answers["server_error"])

        do_GET = handle_request
        do_POST = handle_request

    if "route" in answers:
        # Only the routed providers answer PUT and DELETE (the others keep http.server's 501 for them).
        Handler.do_PUT = Handler.handle_request
        Handler.do_DELETE = Handler.handle_request

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print("PORT %d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
