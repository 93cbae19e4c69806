#!/usr/bin/python3
"""Turn a generated gongkai catalogue into an equivalent Hugo site, for bench/hugo.sh.

    /usr/bin/python3 bench/hugo_site.py SITE_DIR HUGO_DIR

SITE_DIR is a catalogue written by bench/make_catalogue.py (site.toml and content/); HUGO_DIR
is replaced by a Hugo site: hugo.toml, content/, layouts/ (copied from bench/hugo/layouts) and
static/assets/ (gongkai's own CSS and script, which gongkai's build writes too).

Each document keeps its path and its Markdown body byte for byte; its front matter is rewritten
with what Hugo must be told and gongkai works out itself:
  - the taxonomy keys as lists: issuer (a joint document under each issuer), topic (the branch
    and the branch/child path, as gongkai lists a document under both), genre (会议纪要 under
    纪要, as gongkai files it), disclosure, validity, keywords, and year (of 生成日期 in the
    site's time zone, which gongkai computes);
  - the values as written, for the metadata table and the JSON catalogue: issuer_text (joined),
    topic_path, genre_text, issuer_list (whether issuer was a list);
  - date and draft, which Hugo reads natively.
Every other key is kept as is. Sections (the issuer folders) are given an _index.md that is
never rendered (gongkai publishes no page for them), the 目录 table a content/catalogue/_index.md,
and each declared issuer a term page whose slug is gongkai's issuer slug, so issuer/SLUG/ is the
same URL on both sides.

Debian's Python 3.11 standard library only (tomllib).
"""

import datetime
import os
import re
import shutil
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

TAXONOMIES = ["issuer", "topic", "genre", "disclosure", "year", "validity", "keywords"]
LABELS = {
    "issuer": "发布机构", "topic": "主题分类", "genre": "体裁分类", "disclosure": "公开形式",
    "year": "年份", "validity": "有效性", "keywords": "关键词",
}
PAGE_SIZE = 20  # gongkai's default page_size (site.toml), for the front page and every term page
TERMS_PAGE_SIZE = 200  # gongkai's default terms_page_size for a flat taxonomy overview


def toml_str(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif o < 0x20 or o == 0x7F:
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return toml_str(v)
    if isinstance(v, datetime.datetime):
        return v.isoformat()
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    raise TypeError("cannot write %r as TOML" % (v,))


def parse_offset(tz):
    m = re.fullmatch(r"([+-])(\d\d):(\d\d)", tz)
    if not m:
        raise SystemExit("hugo_site: unsupported timezone %r in site.toml" % tz)
    minutes = int(m.group(2)) * 60 + int(m.group(3))
    return datetime.timezone(datetime.timedelta(minutes=minutes if m.group(1) == "+" else -minutes))


def hugo_time_zone(tz):
    """Hugo wants an IANA name; a whole-hour offset has an Etc/GMT one (with the sign reversed)."""
    m = re.fullmatch(r"([+-])(\d\d):00", tz)
    if not m:
        raise SystemExit("hugo_site: timezone %r has no Etc/GMT name" % tz)
    hours = int(m.group(2))
    if hours == 0:
        return "UTC"
    return "Etc/GMT%s%d" % ("-" if m.group(1) == "+" else "+", hours)


def split_front_matter(data, path):
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = data.decode("utf-8")
    lines = text.split("\n")
    if lines[0].rstrip("\r") != "+++":
        raise SystemExit("hugo_site: %s has no +++ front matter" % path)
    for i in range(1, len(lines)):
        if lines[i].rstrip("\r") == "+++":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:])
    raise SystemExit("hugo_site: %s: front matter not closed" % path)


def nonempty(v):
    return v is not None and v != "" and v != []


def convert(meta, tz):
    """The Hugo front matter (ordered key/value pairs) for one gongkai document."""
    out = []
    issuers = meta["issuer"] if isinstance(meta["issuer"], list) else [meta["issuer"]]
    date = meta["date"]
    if isinstance(date, datetime.datetime):
        year = (date.astimezone(tz) if date.tzinfo else date).year
    else:
        year = date.year
    for key in ["title", "index_number", "doc_number"]:
        if key in meta:
            out.append((key, meta[key]))
    out.append(("date", date))
    out.append(("date_has_time", isinstance(date, datetime.datetime)))
    if meta.get("draft"):
        out.append(("draft", True))
    for key in ["department", "summary", "interprets"]:
        if nonempty(meta.get(key)):
            out.append((key, meta[key]))
    if nonempty(meta.get("published")):
        # Hugo takes `published` for its own publish date and drops it from .Params.
        out.append(("published_date", meta["published"]))
    # What the pages show, as written.
    out.append(("issuer_text", "、".join(issuers)))
    out.append(("issuer_list", isinstance(meta["issuer"], list)))
    if nonempty(meta.get("topic")):
        out.append(("topic_path", meta["topic"]))
    if nonempty(meta.get("genre")):
        out.append(("genre_text", meta["genre"]))
    if "keywords" in meta:
        out.append(("keywords_given", True))
    # The taxonomies, as lists.
    out.append(("issuer", issuers))
    if nonempty(meta.get("topic")):
        parts = meta["topic"].split("/")
        # "-", not "/": Hugo 0.111 lists a document twice under a term whose name holds "/"
        # (its page nests under the branch's), so a sub-topic is topic/BRANCH-CHILD/.
        out.append(("topic", ["-".join(parts[:i + 1]) for i in range(len(parts))]))
    if nonempty(meta.get("genre")):
        out.append(("genre", ["纪要" if meta["genre"] == "会议纪要" else meta["genre"]]))
    out.append(("disclosure", [meta["disclosure"]]))
    out.append(("year", [str(year)]))
    if nonempty(meta.get("validity")):
        out.append(("validity", [meta["validity"]]))
    if nonempty(meta.get("keywords")):
        out.append(("keywords", meta["keywords"]))
    known = {"title", "index_number", "doc_number", "keywords", "issuer", "disclosure",
             "department", "date", "validity", "topic", "genre", "summary", "published",
             "interprets", "draft"}
    unknown = sorted(set(meta) - known)
    if unknown:
        raise SystemExit("hugo_site: unexpected front-matter keys %s" % unknown)
    return out


def write_page(path, pairs, body=""):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fm = "".join("%s = %s\n" % (k, toml_value(v)) for k, v in pairs)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("+++\n" + fm + "+++\n" + body)


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    site, out = sys.argv[1], sys.argv[2]
    with open(os.path.join(site, "site.toml"), "rb") as f:
        config = tomllib.load(f)
    tz_text = config.get("timezone", "+08:00")
    tz = parse_offset(tz_text)
    page_size = config.get("page_size", PAGE_SIZE)
    if os.path.exists(out):
        if not os.path.exists(os.path.join(out, ".gongkai-bench-hugo")):
            raise SystemExit("hugo_site: %s exists and was not written by hugo_site.py" % out)
        shutil.rmtree(out)
    os.makedirs(out)
    open(os.path.join(out, ".gongkai-bench-hugo"), "w").close()

    # --- hugo.toml ---------------------------------------------------------------------------
    footer = config.get("footer", {})
    lines = [
        "# Written by bench/hugo_site.py from %s: Hugo's equivalent of the gongkai build." % site,
        "baseURL = %s" % toml_str(config["base_url"]),
        "title = %s" % toml_str(config["title"]),
        "languageCode = \"zh-CN\"",
        "hasCJKLanguage = true",
        "timeZone = %s" % toml_str(hugo_time_zone(tz_text)),
        "paginate = %d" % page_size,
        "paginatePath = \"page\"",
        "buildFuture = true      # gongkai publishes every document whatever its date",
        "enableRobotsTXT = true  # gongkai writes robots.txt",
        "# gongkai publishes no feed and no sitemap yet (SPEC §4 lists them; the build has neither).",
        "disableKinds = [\"RSS\", \"sitemap\"]",
        "",
        "[params]",
        "page_size = %d" % page_size,
        "terms_page_size = %d" % TERMS_PAGE_SIZE,
        "front_page_terms = 12",
        "site_code = %s" % toml_str(footer.get("site_code", "")),
        "icp = %s" % toml_str(footer.get("icp", "")),
        "police = %s" % toml_str(footer.get("police", "")),
        "",
        "[params.issuer_slugs]  # the issuers' term URLs (issuer/SLUG/), for the links on document pages",
    ]
    lines += ["%s = %s" % (toml_str(name), toml_str(i["slug"]))
              for name, i in config.get("issuers", {}).items() if i.get("slug")]
    lines += [
        "",
        "[frontmatter]",
        "date = [\"date\"]",
        "publishDate = [\"date\"]",
        "lastmod = [\"date\"]",
        "expiryDate = []",
        "",
        "[taxonomies]",
    ]
    lines += ["%s = %s" % (t, toml_str(t)) for t in TAXONOMIES]
    lines += [
        "",
        "[permalinks]",
        "issuer = \"/issuer/:slug/\"  # gongkai's issuer slug, from the term pages in content/issuer/",
        "",
        "[outputs]",
        "home = [\"HTML\", \"catalogue\"]",
        "section = [\"HTML\"]",
        "taxonomy = [\"HTML\"]",
        "term = [\"HTML\"]",
        "page = [\"HTML\"]",
        "",
        "[outputFormats.catalogue]   # catalogue.json",
        "mediaType = \"application/json\"",
        "baseName = \"catalogue\"",
        "isPlainText = true",
        "notAlternative = true",
        "",
        "[markup.goldmark.renderer]",
        "unsafe = false  # gongkai's raw_html = false: raw HTML dropped",
        "[markup.goldmark.parser]",
        "autoHeadingID = true",
        "[markup.tableOfContents]",
        "startLevel = 2",
        "endLevel = 3",
        "",
    ]
    with open(os.path.join(out, "hugo.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))

    # --- content -----------------------------------------------------------------------------
    content = os.path.join(site, "content")
    docs = drafts = 0
    sections = set()
    for dirpath, dirnames, filenames in os.walk(content):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not name.endswith(".md"):
                continue
            src = os.path.join(dirpath, name)
            rel = os.path.relpath(src, content)
            with open(src, "rb") as f:
                fm_text, body = split_front_matter(f.read(), src)
            meta = tomllib.loads(fm_text)
            pairs = convert(meta, tz)
            write_page(os.path.join(out, "content", rel), pairs, body)
            docs += 1
            drafts += bool(meta.get("draft"))
            if "/" in rel:
                sections.add(rel.split("/", 1)[0])
    for sec in sorted(sections):
        # The issuer folders are Hugo sections (prev/next within one: gongkai's neighbours within
        # the lead issuer); gongkai publishes no page for them, so Hugo renders none either.
        os.makedirs(os.path.join(out, "content", sec), exist_ok=True)
        with open(os.path.join(out, "content", sec, "_index.md"), "w", encoding="utf-8") as f:
            f.write("+++\ntitle = %s\n[_build]\nrender = \"never\"\nlist = \"always\"\n+++\n"
                    % toml_str(sec))
    write_page(os.path.join(out, "content", "catalogue", "_index.md"),
               [("title", "目录"), ("layout", "catalogue")])
    for name, issuer in config.get("issuers", {}).items():
        slug = issuer.get("slug")
        if slug:
            # Hugo's folder for a term is its urlized name; the slug sets the URL.
            write_page(os.path.join(out, "content", "issuer", name, "_index.md"),
                       [("title", name), ("slug", slug)])
    write_page(os.path.join(out, "content", "issuer", "_index.md"), [("title", LABELS["issuer"])])
    for t in TAXONOMIES:
        if t != "issuer":
            write_page(os.path.join(out, "content", t, "_index.md"), [("title", LABELS[t])])

    # --- layouts and static files ------------------------------------------------------------
    shutil.copytree(os.path.join(HERE, "hugo", "layouts"), os.path.join(out, "layouts"))
    shutil.copytree(os.path.join(ROOT, "themes", "default", "static"), os.path.join(out, "static"))
    print("hugo_site: %d documents (%d drafts) into %s" % (docs, drafts, out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
