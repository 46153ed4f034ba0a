"""The search page for staff, and the JSON API under it (FastAPI, Jinja2, uvicorn).

Routers: ``pages`` (search, articles, article, original), ``api`` (JSON), ``downloads``
(CSV, Excel).  The knowledge base is read through ``state.KBPool``, which
follows rebuilds.  Every value reaches the page through Jinja2's autoescaping;
the only markup inserted unescaped is the <mark> highlighting that
``search.highlight`` builds around already-escaped text.  Nothing from a
request is used as a path.  Errors are answered in Chinese: an HTML page for
people, JSON ``{"error": …}`` under /api/ and for the downloads.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from functools import lru_cache
import gc
import logging
import sqlite3
from pathlib import Path
import struct
import threading
import zlib

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from pipeline import search as S
from pipeline.core.fonts import cjk_font_path
from pipeline.search.web import api, downloads, pages, params
from pipeline.search.web.state import KBPool
from pipeline.store.reader import DAMAGED, close_all, is_corruption

log = logging.getLogger(__name__)

STATUS_ZH = {400: "请求有误", 404: "没有找到", 405: "不支持这种请求", 500: "服务器出错了", 503: "暂时不可用"}


def create_app(db: str | Path, own_process: bool = False) -> FastAPI:
    """The app over the knowledge base ``db``; ``own_process``: the server is the process (``serve``), whose end
    closes every connection to the file, so the last removes the -wal and -shm files beside it."""
    app = FastAPI(title="policykb", description="干部工作政策知识库 API", docs_url=None, redoc_url=None,
                  lifespan=_closing if own_process else None)
    app.state.kb = KBPool(str(db))
    app.include_router(pages.router)
    app.include_router(api.router)
    app.include_router(downloads.router)
    app.add_api_route("/static/cjk.otf", cjk_font, methods=["GET"], include_in_schema=False)
    app.add_api_route("/favicon.ico", favicon, methods=["GET"], include_in_schema=False)
    _api_docs(app)
    app.openapi = _openapi(app)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(S.QueryError, query_error)
    app.add_exception_handler(Exception, server_error)
    app.middleware("http")(_head_as_get)
    # (the server's own process follows rebuilds until its end, ``_closing``; an app in a test is made ready once)
    app.state.stop = threading.Event() if own_process else None
    threading.Thread(target=_warm, args=(app.state.kb, app.state.stop), daemon=True).start()
    return app


@asynccontextmanager
async def _closing(app: FastAPI):
    yield
    app.state.stop.set()
    app.state.kb.close()
    close_all()  # (the threads' own connections of search.beside too)


async def _head_as_get(request: Request, call_next):
    """HEAD answered as GET without its body: link checkers, uptime monitors and link-preview bots ask HEAD
    first, and every address said 405."""
    if request.method != "HEAD":
        return await call_next(request)
    request.scope["method"] = "GET"
    response = await call_next(request)
    return Response(status_code=response.status_code, headers=dict(response.headers))


def _openapi(app: FastAPI):
    """The OpenAPI document without FastAPI's 422 HTTPValidationError, which it adds to every route with a
    parameter: this server answers a value it cannot read with a 400 of the one error body (``validation_error``);
    each route declares what it answers (``params.answers``)."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            spec = build()
            for ops in spec["paths"].values():
                for op in ops.values():
                    op.get("responses", {}).pop("422", None)
            for name in ("HTTPValidationError", "ValidationError"):
                spec.get("components", {}).get("schemas", {}).pop(name, None)
        return app.openapi_schema

    return openapi


def _api_docs(app: FastAPI) -> None:
    """/api/docs with Swagger UI served from the package that ships it (FastAPI's default page loads it from a CDN,
    and on a machine without the internet the page stayed white)."""
    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.staticfiles import StaticFiles
    import swagger_ui

    app.mount("/static/swagger", StaticFiles(directory=Path(swagger_ui.__file__).parent / "static"), name="swagger")

    def docs():
        page = get_swagger_ui_html(openapi_url=app.openapi_url, title="policykb API",
                                   swagger_js_url="/static/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/static/swagger/swagger-ui.css",
                                   swagger_favicon_url="/static/swagger/favicon-32x32.png")
        html = page.body.decode().replace("<html>", '<html lang="zh-CN">', 1).replace("</head>", DOCS_FONT + "</head>", 1)
        return HTMLResponse(html)

    app.add_api_route("/api/docs", docs, methods=["GET"], include_in_schema=False)


# Swagger UI names sans-serif and monospace alone: where those have no Chinese (headless Chromium, a bare Linux
# desktop) every description was a row of squares.  The pages' own font (base.html's @font-face and list) follows
# them, with monospace kept for code, paths and types.
DOCS_FONT = """<style>
@font-face{font-family:"policykb-cjk";src:url(/static/cjk.otf) format("opentype");font-display:swap}
.swagger-ui,.swagger-ui *{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",
"policykb-cjk",sans-serif!important}
.swagger-ui pre,.swagger-ui pre *,.swagger-ui code,.swagger-ui textarea,.swagger-ui .parameter__type,
.swagger-ui .parameter__in,.swagger-ui .opblock-summary-path,.swagger-ui .opblock-summary-path *,.swagger-ui .model,
.swagger-ui .model *{font-family:monospace,"policykb-cjk"!important}
</style>
"""


def _warm(pool: KBPool, stop: threading.Event | None = None) -> None:
    """Load now, not in someone's first search: jieba's dictionary (suggestions segment the query)
    and the knowledge base's catalogs and facet arrays (``KBPool.warm``), then those of every rebuild
    (``KBPool.follow``, until ``stop``).  What is loaded is frozen out of the garbage collector's sight:
    a full collection walked it all, ~35 ms in a random request."""
    from pipeline.nlp.segment import get_segmenter

    get_segmenter()
    try:
        warmed = pool.warm()
    except Exception:  # (a damaged file: the requests say so)
        log.exception("making the knowledge base ready")
        warmed = None
    gc.freeze()
    if stop is not None:
        pool.follow(warmed, stop)


def cjk_font():
    """A CJK font for browsers that have none (a fixed file from a package, never a request path)."""
    path = cjk_font_path()
    if path is None:
        raise HTTPException(404, "没有可用的中文字体文件。")
    return FileResponse(path, media_type="font/otf", headers={"Cache-Control": "max-age=31536000"})


def favicon():
    """The pages' icon (base.html links it; browsers ask for /favicon.ico anyway, and a 404 was logged on every
    page): a page with three lines, in the header's red."""
    return Response(_icon(), media_type="image/png", headers={"Cache-Control": "max-age=86400"})


@lru_cache(maxsize=1)
def _icon(size: int = 32) -> bytes:
    red, white = b"\x8b\x1a\x1a\xff", b"\xff\xff\xff\xff"

    def pixel(x: int, y: int) -> bytes:
        if not (8 <= x < 24 and 4 <= y < 28):
            return red
        return red if 11 <= x < 21 and y in (10, 11, 15, 16, 20, 21) else white

    rows = b"".join(b"\x00" + b"".join(pixel(x, y) for x in range(size)) for y in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    head = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def _machine_paths() -> tuple[str, ...]:
    """Where errors are JSON, as the OpenAPI document says: /api/ and every download route, up to its first
    parameter (/export., /export/articles.: the articles' download answered with the HTML page, a script got HTML)."""
    return ("/api/",) + tuple(route.path.split("{")[0] for route in downloads.router.routes)


def _answer(request: Request, status: int, message: str):
    if request.url.path.startswith(_machine_paths()):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    # (the query stays in the box: it was dropped, and the search had to be typed again)
    return pages.templates.TemplateResponse(request, "error.html", {
        "status": status, "heading": STATUS_ZH.get(status, "出错了"), "message": message,
        "q": params.query_text(request)}, status_code=status)


async def http_error(request: Request, exc: StarletteHTTPException):
    message = exc.detail if isinstance(exc.detail, str) and not exc.detail.isascii() else {
        404: "这个地址没有页面。", 405: "这个地址不接受这种请求。"}.get(exc.status_code, str(exc.detail))
    return _answer(request, exc.status_code, message)


async def validation_error(request: Request, exc: RequestValidationError):
    where = "、".join(str(e.get("loc", ["?"])[-1]) for e in exc.errors())
    return _answer(request, 400, f"参数 {where} 的值不对。")


async def query_error(request: Request, exc: S.QueryError):
    return _answer(request, 400, str(exc))


async def server_error(request: Request, exc: Exception):
    if isinstance(exc, sqlite3.DatabaseError) and is_corruption(exc):  # (the file is damaged, not the code: one line, no traceback)
        log.error("error answering %s: %s: %s (%s)", request.url.path, request.app.state.kb.path, DAMAGED, exc)
    else:
        log.exception("error answering %s", request.url.path)
    return _answer(request, 500, "处理这个请求时出错了，已记录在服务器日志里。")


# The knowledge base a worker process of ``serve --workers N`` serves: uvicorn starts each worker anew (spawn) and
# makes its app by name (``served_app``), so the path goes to them in their environment.
SERVE_DB = "POLICYKB_SERVE_DB"


def served_app() -> FastAPI:
    """The app of one worker process of ``serve --workers N`` (uvicorn imports it by name in each)."""
    import os

    return create_app(os.environ[SERVE_DB], own_process=True)


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, on_ready=None, workers: int = 1) -> None:
    """Serve until stopped.  The socket is bound first, and ``on_ready(port)`` called only then: 'serving …'
    was said before a port in use failed (uvicorn binds inside its loop); OSError when it cannot bind.
    ``workers``: processes answering on that socket, each with its own connections to the file (read-only:
    nothing is shared but the file and the operating system's cache of it), its catalogs and memory; one
    process answered every request, and on a 20,000-article knowledge base 8 staff searching at once waited
    0.4-1.5 s and a 10,000-row download held every search back 2-4 times."""
    import os
    import socket

    import uvicorn

    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # (as uvicorn: a restart right after a stop)
        sock.bind((host, port))
        sock.listen(2048)  # (a request made as soon as 'serving' is said waits for the loop, is not refused)
        sock.set_inheritable(True)
    except BaseException:
        sock.close()
        raise
    if on_ready:
        on_ready(sock.getsockname()[1])
    if workers <= 1:
        server = uvicorn.Server(uvicorn.Config(create_app(db, own_process=True), host=host, port=port, log_level="warning"))
        server.run(sockets=[sock])
        return
    from uvicorn.supervisors import Multiprocess

    os.environ[SERVE_DB] = str(Path(db).absolute())
    config = uvicorn.Config(f"{__name__}:served_app", factory=True, host=host, port=port, workers=workers,
                            log_level="warning")
    Multiprocess(config, sockets=[sock]).run()
