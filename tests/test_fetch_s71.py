"""fetch, as a newcomer met it without a network: a refused connection or an unknown host was reported as
'timeout: no response within 30 s' after half a second (urllib3 2 makes both subclasses of its connect
timeout), and a run that fetched nothing at all exited 0."""
import socket
from unittest import mock

from click.testing import CliRunner
import urllib3

from pipeline.cli import cli
from pipeline.fetch.client import Client, FetchFailure
from pipeline.fetch.crawl import Report


def _closed_port() -> int:
    with socket.socket() as s:  # (a port nothing listens on: connection refused at once)
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_refused_connection_is_no_timeout_and_a_run_that_got_nothing_fails(tmp_path, caplog):
    r = CliRunner().invoke(cli, ["fetch", f"http://127.0.0.1:{_closed_port()}/sitemap.xml", "--out",
                                 str(tmp_path / "raw"), "--delay", "0", "--timeout", "30", "--retries", "0"])
    said = r.output + caplog.text
    assert "connection refused" in said and "timeout" not in said, said
    assert r.exit_code == 1, r.output


def test_an_unknown_host_is_said_so():
    err = urllib3.exceptions.NameResolutionError("no-such-host.invalid", mock.Mock(), OSError("unknown"))
    client = Client(user_agent="t", delay=0, timeout=30, max_bytes=1000)
    with mock.patch.object(client._pool, "request", side_effect=err):
        try:
            client._exchange("http://no-such-host.invalid/a.html", {})
        except FetchFailure as e:
            assert "host not found" in str(e) and "timeout" not in str(e)
        else:
            raise AssertionError("no failure")


def test_the_exit_code_counts_pages_got_not_robots_files():
    r = Report("x", False)
    r.outcomes["robots.txt"] += 1
    r.problems.append(("u", "failed"))
    assert r.exit_code == 1
    r.outcomes["fetched"] += 1
    assert r.exit_code == 0
    quiet = Report("y", False)
    quiet.skipped["known and unchanged"] += 3  # (a second run finding nothing new has not failed)
    assert quiet.exit_code == 0
