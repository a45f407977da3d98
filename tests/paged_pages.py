"""A paged NetEase article of our own in the Era 1/2 markup (h1#h1title, div.ep-time-soure, div#endText and the
pager div.ep-pages under it, as NetEase served paged articles), for the paged-article tests.

The text is ours (a fictional city government meeting split over three pages), the markup that of the
template: GB2312-labelled pages, absolute pager links, `&lt;` / `&gt;` controls, the current page as a
class="current" link, and `在本页阅读全文` linking `<ID>_all.html#p1`.
"""

from __future__ import annotations

DOC_ID = "B9PAGED100254IU1"
TITLE = "市政府常务会议研究稳定资本市场工作"
PATH = "/15/0704/09/{doc_id}{suffix}.html"

# Paragraphs per page: the meeting opens on page 1, its points are on pages 2 and 3.
PAGES: tuple[tuple[str, ...], ...] = (
    (
        "7月3日，市政府召开第二十五次常务会议，市长张明主持会议。",
        "会议听取了市金融工作局关于近期资本市场运行情况的汇报。",
    ),
    (
        "会议指出，要稳定市场预期，引导长期资金入市，防范化解金融风险。",
        "当前市场波动加大，各部门要加强研判，及时回应市场关切。",
    ),
    (
        "会议强调，要加强监管协调，依法打击违法违规行为，切实保护投资者合法权益。",
        "会议还研究了其他事项。",
    ),
)
# One image on page 2 (a chart): images join in page order too.
IMAGE_PAGE = 2
IMAGE_PATH = "/cnews/2015/7/4/chart_market.png"


def page_path(number: int | str, doc_id: str = DOC_ID) -> str:
    """The path of page `number` (1 is <ID>.html, "all" is <ID>_all.html)."""
    suffix = "" if number == 1 else f"_{number}"
    return PATH.format(doc_id=doc_id, suffix=suffix)


def _pager(base: str, current: int, count: int, *, all_page: bool, next_path: str | None, doc_id: str) -> str:
    prev = (f'<a href="{base}{page_path(current - 1, doc_id)}" target="_self" class="ep-pages-ctrl">&lt;</a>'
            if current > 1 else '<span class="ep-pages-ctrl ep-pages-disabled">&lt;</span>')
    current_class = ' class="current"'
    numbers = "\n".join(
        f'<a href="{base}{page_path(n, doc_id)}" target="_self"{current_class if n == current else ""}>{n}</a>'
        for n in range(1, count + 1)
    )
    following = (f'<a href="{base}{next_path}" target="_self" class="ep-pages-ctrl">&gt;</a>' if next_path
                 else '<span class="ep-pages-ctrl ep-pages-disabled">&gt;</span>')
    whole = (f'<a href="{base}{page_path("all", doc_id)}#p1" target="_self" class="ep-pages-all">在本页阅读全文</a>'
             if all_page else "")
    return f'<!-- 分页 -->\n<div class="ep-pages">\n{prev}\n{numbers}\n{following}\n{whole}\n</div>'


def _body(number: int) -> str:
    """The body of page `number`: its figure first (page 2), then its paragraphs."""
    figure = (f'<p class="f_center"><img src="{IMAGE_PATH}" alt="市场走势图"><br>市场走势图</p>\n'
              if number == IMAGE_PAGE else "")
    return figure + "\n".join(f"<p>{text}</p>" for text in PAGES[number - 1])


def _document(body: str, pager: str) -> bytes:
    html = f"""<!doctype html>
<html>
 <head>
  <meta charset="gb2312">
  <title>{TITLE}_网易财经</title>
 </head>
 <body>
  <div class="ep-content" id="js-epContent">
   <div class="ep-content-main" id="epContentLeft">
    <div class="ep-main-bg">
     <h1 id="h1title" class="ep-h1">{TITLE}</h1>
     <div class="clearfix">
      <div class="ep-time-soure cDGray">
        2015-07-04 09:36:41　来源: <a id="ne_article_source" href="#" rel="nofollow">本市日报</a>
      </div>
     </div>
     <div id="endText" class="end-text">
{body}
      <div class="ep-source cDGray"><span class="left"> 本文来源：本市日报 </span>
      <span class="ep-editor">责任编辑：王五_NF1234</span></div>
     </div>
     {pager}
    </div>
   </div>
  </div>
 </body>
</html>"""
    return html.encode("gb18030")


def paged_page(base: str, number: int, *, all_page: bool = True, next_to: int | None = None,
               count: int = len(PAGES), doc_id: str = DOC_ID, next_url: str | None = None) -> bytes:
    """Page `number` (1-based) of the article, its links absolute under `base` (scheme://host[:port]).

    Args:
        all_page: the pager offers `<ID>_all.html`.
        next_to: the page its `>` link points at (default: the next one; none on the last page).
        count: the pages the pager lists.
        next_url: a whole URL for the `>` link instead (another host, another article).
    """
    target = next_to if next_to is not None else (number + 1 if number < count else None)
    next_path = page_path(target, doc_id) if target is not None else None
    pager = _pager(base, number, count, all_page=all_page, next_path=next_path, doc_id=doc_id)
    if next_url is not None:
        pager = pager.replace(f'href="{base}{next_path}"', f'href="{next_url}"')
    return _document(_body(number), pager)


def all_page() -> bytes:
    """`<ID>_all.html`: the whole article on one page (no pager)."""
    return _document("\n".join(_body(n) for n in range(1, len(PAGES) + 1)), "")
