"""Web pages through trafilatura and RSS/Atom feeds through feedparser."""

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.ingest import IngestReport, read_documents

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Russia accuses Ukraine of shelling | Example News</title>
<meta property="og:title" content="Russia accuses Ukraine of shelling">
<meta property="article:published_time" content="2017-02-16T09:30:00Z">
<link rel="canonical" href="https://news.example.org/2017/russia-ukraine">
<script>var tracking = "Subscribe to our newsletter";</script>
</head><body>
<header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/login">Log in</a>
</nav></header>
<div class="cookie-banner">We use cookies. Accept all cookies to continue.</div>
<main><article>
<h1>Russia accuses Ukraine of shelling</h1>
<p>Russia accused Ukraine of shelling Donetsk on Tuesday, the Russian foreign ministry said in a
statement released in Moscow late in the evening.</p>
<p>Ukraine denied the accusation and said that separatist forces had opened fire first near the
town of Avdiivka, where fighting has continued for two weeks.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Celebrity wedding photos</a></li></ul></aside>
<footer>Copyright 2017 Example News. All rights reserved. Privacy policy.</footer>
</body></html>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Example World News</title><link>https://news.example.org/</link>
<description>World news</description>
<item>
  <title>Haley accuses Russia</title>
  <link>https://news.example.org/2017/haley</link>
  <guid isPermaLink="false">example-2017-0001</guid>
  <pubDate>Thu, 02 Feb 2017 18:20:00 GMT</pubDate>
  <description>&lt;p&gt;US ambassador &lt;b&gt;Nikki Haley&lt;/b&gt; accused Russia of
  aggressive actions in eastern Ukraine.&lt;/p&gt;&lt;script&gt;evil()&lt;/script&gt;</description>
</item>
<item>
  <title>Putin meets Erdogan</title>
  <link>https://news.example.org/2017/putin-erdogan</link>
  <pubDate>Fri, 10 Mar 2017 23:30:00 -0500</pubDate>
  <description>Putin met Erdogan in Moscow &amp; discussed Syria.</description>
</item>
<item>
  <title>Iran test-fires a ballistic missile</title>
  <link>https://news.example.org/2017/headline-only</link>
  <pubDate>Fri, 10 Mar 2017 10:00:00 GMT</pubDate>
</item>
<item>
  <link>https://news.example.org/2017/empty</link>
  <pubDate>Fri, 10 Mar 2017 11:00:00 GMT</pubDate>
</item>
<item>
  <title>Undated item</title>
  <link>https://news.example.org/2017/undated</link>
  <description>Iran criticised Saudi Arabia.</description>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom</title>
  <id>urn:example:feed</id>
  <updated>2017-04-07T12:00:00Z</updated>
  <entry>
    <title type="html">US strikes &lt;em&gt;Syrian&lt;/em&gt; airbase</title>
    <id>urn:example:entry:1</id>
    <link href="https://atom.example.org/strike"/>
    <published>2017-04-07T02:40:00Z</published>
    <updated>2017-04-08T00:00:00Z</updated>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;The United States launched missiles at a Syrian air base.
    Russia condemned the strike.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Feed-dated entry</title>
    <id>urn:example:entry:2</id>
    <link href="https://atom.example.org/two"/>
    <summary type="text">China urged restraint &lt;and&gt; dialogue.</summary>
  </entry>
</feed>
"""


def _read(paths, **kwargs):
    report = IngestReport()
    return list(read_documents([str(p) for p in paths], report=report, **kwargs)), report


def test_html_page_main_text_title_date_without_boilerplate(tmp_path):
    path = tmp_path / "saved.html"
    path.write_text(PAGE, encoding="utf-8")
    (doc,), report = _read([path])
    assert report.documents == 1 and not report.skipped
    assert doc.id == str(path)
    assert doc.date == dt.date(2017, 2, 16)
    assert doc.title == "Russia accuses Ukraine of shelling"
    assert doc.url == "https://news.example.org/2017/russia-ukraine"
    assert "Russia accused Ukraine of shelling Donetsk" in doc.text
    assert "Avdiivka" in doc.text
    for junk in ("cookies", "Log in", "Celebrity", "All rights reserved", "newsletter", "<p>"):
        assert junk not in doc.text


def test_html_without_date_falls_back_to_name_then_option(tmp_path):
    body = PAGE.replace(
        '<meta property="article:published_time" content="2017-02-16T09:30:00Z">', ""
    )
    named = tmp_path / "2017-03-01-page.htm"
    named.write_text(body, encoding="utf-8")
    plain = tmp_path / "page.html"
    plain.write_text(body, encoding="utf-8")
    docs, report = _read([named, plain])
    assert [d.date for d in docs] == [dt.date(2017, 3, 1)]
    assert report.skipped == {"no_date": 1}
    docs, _ = _read([plain], default_date=dt.date(2017, 1, 5))
    assert docs[0].date == dt.date(2017, 1, 5)


def test_html_that_is_not_html_is_skipped_and_counted(tmp_path):
    (tmp_path / "2017-01-01-text.html").write_text("Just plain words, no markup.", "utf-8")
    (tmp_path / "2017-01-01-json.html").write_text('{"not": "html"}', "utf-8")
    (tmp_path / "2017-01-01-binary.htm").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "2017-01-01-empty.html").write_text("", "utf-8")
    (tmp_path / "2017-01-01-nobody.html").write_text(
        "<html><head><script>track()</script></head><body></body></html>", "utf-8"
    )
    docs, report = _read([tmp_path])
    assert docs == []
    assert report.skipped == {"not_html": 2, "unsupported_format": 1, "empty": 2}


def test_rss_entries_become_documents(tmp_path):
    path = tmp_path / "world.rss"
    path.write_text(RSS, encoding="utf-8")
    docs, report = _read([path])
    assert [d.id for d in docs] == [
        "example-2017-0001",
        "https://news.example.org/2017/putin-erdogan",
        "https://news.example.org/2017/headline-only",
    ]
    haley, putin, iran = docs
    assert haley.date == dt.date(2017, 2, 2) and haley.title == "Haley accuses Russia"
    assert haley.url == "https://news.example.org/2017/haley"
    assert haley.text.startswith("US ambassador Nikki Haley accused Russia")
    assert "<" not in haley.text and "evil" not in haley.text
    assert putin.date == dt.date(2017, 3, 11)  # 23:30 at -05:00 is the 11th in UTC
    assert putin.text == "Putin met Erdogan in Moscow & discussed Syria."
    assert iran.text == "Iran test-fires a ballistic missile"  # a headline alone is news
    assert report.skipped == {"empty": 1, "no_date": 1}
    docs, report = _read([path], default_date=dt.date(2017, 3, 12))
    assert len(docs) == 4 and docs[-1].date == dt.date(2017, 3, 12)


def test_atom_content_title_and_dates(tmp_path):
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    (strike, second), report = _read([path])
    assert strike.id == "urn:example:entry:1" and strike.url == "https://atom.example.org/strike"
    assert strike.title == "US strikes Syrian airbase"
    assert strike.date == dt.date(2017, 4, 7)  # published wins over updated
    assert strike.text.startswith("The United States launched missiles")
    assert second.date == dt.date(2017, 4, 7)  # from the feed's <updated>
    assert second.text == "China urged restraint <and> dialogue."


def test_broken_and_non_feeds_are_skipped(tmp_path):
    (tmp_path / "broken.xml").write_text(RSS[:120], encoding="utf-8")
    (tmp_path / "other.xml").write_text(
        "<?xml version='1.0'?><Sentences><s>x</s></Sentences>", encoding="utf-8"
    )
    (tmp_path / "garbage.rss").write_text("this is not xml at all", encoding="utf-8")
    (tmp_path / "empty.rss").write_text(
        "<rss version='2.0'><channel><title>t</title></channel></rss>", encoding="utf-8"
    )
    docs, report = _read([tmp_path])
    assert docs == []
    assert report.skipped == {"bad_feed": 4}
    assert any("no entries" in m for m in report.messages)


def test_truncated_feed_keeps_its_complete_entries(tmp_path):
    path = tmp_path / "cut.xml"
    path.write_text(RSS[: RSS.index("<item>", RSS.index("</item>")) + 30], encoding="utf-8")
    docs, report = _read([path])
    assert [d.id for d in docs] == ["example-2017-0001"]
    assert report.skipped == {"empty": 1}


def test_directory_mixing_every_format_in_one_call(tmp_path):
    (tmp_path / "2017-02-15-note.txt").write_text("Russia rejected the demand.", "utf-8")
    (tmp_path / "page.html").write_text(PAGE, "utf-8")
    (tmp_path / "items.jsonl").write_text(
        json.dumps({"id": "j1", "date": "2017-02-03", "text": "Iran tested a missile."}) + "\n",
        "utf-8",
    )
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "world.xml").write_text(RSS, "utf-8")
    docs, report = _read([tmp_path])
    assert [d.id for d in docs] == [
        str(tmp_path / "2017-02-15-note.txt"),
        "j1",
        str(tmp_path / "page.html"),
        "example-2017-0001",
        "https://news.example.org/2017/putin-erdogan",
        "https://news.example.org/2017/headline-only",
    ]
    assert report.documents == 6 and report.skipped == {"empty": 1, "no_date": 1}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_random_bytes_never_crash(tmp_path, data):
    for name in ("x.html", "x.xml"):
        path = tmp_path / name
        path.write_bytes(b"<html><body>" + data if name == "x.html" else b"<rss>" + data)
        _read([path], default_date=dt.date(2017, 1, 1))
