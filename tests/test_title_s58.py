"""Headlines on crawled pages (session 58): classes of text the headline reader got wrong.
Every text here is invented (青禾县, 柳川镇, 方小禾 …)."""
from __future__ import annotations

from tests.test_page_metadata import BODY, BODY2, articles, only


# --- a headline run into the body's stock opening ------------------------------------------

def test_a_speech_title_run_into_its_salutation(tmp_path):
    page = "\n".join(["柳川镇党委书记在全镇干部大会上的讲话同志们:今天召开全镇干部大会,主要任务是总结去年工作,部署今年任务。",
                      BODY, BODY2])
    art = only(tmp_path, page)
    assert art.title == "柳川镇党委书记在全镇干部大会上的讲话"
    assert art.text.startswith("同志们")


def test_a_headline_run_into_recent_years(tmp_path):
    page = "\n".join(["做实驻村帮扶推动乡村振兴近年来,青禾县坚持把驻村帮扶作为培养干部的重要平台,先后选派干部300余名。",
                      BODY, BODY2])
    assert only(tmp_path, page).title == "做实驻村帮扶推动乡村振兴"


def test_a_dateline_run_into_recent_years_is_no_headline(tmp_path):
    page = "\n".join(["青禾新闻网讯近年来,青禾县坚持把驻村帮扶作为培养干部的重要平台,先后选派干部300余名。", BODY, BODY2])
    assert only(tmp_path, page).title is None


def test_the_speech_title_over_the_body_wins_over_the_pages_shorter_copy(tmp_path):
    page = "\n".join(["青禾县全县组织部长会议讲话", "在青禾县全县组织部长会议上的讲话同志们:", BODY, BODY2])
    assert only(tmp_path, page).title == "在青禾县全县组织部长会议上的讲话"


# --- what the review of these rules showed ---------------------------------------------------

def test_a_reporters_lead_or_a_salutation_run_into_the_opening_is_no_headline(tmp_path):
    page = "\n".join(["青禾日报讯(记者方小禾)近年来,青禾县坚持把驻村帮扶作为培养干部的重要平台。", BODY, BODY2])
    assert only(tmp_path, page).title is None
    page = "\n".join(["在座的各位老同志们:今天召开全镇干部大会,主要任务是总结去年工作。", BODY, BODY2])
    assert only(tmp_path, page).title is None


def test_the_page_title_naming_the_speaker_wins_over_the_shorter_copy_over_the_body(tmp_path):
    page = "\n".join(["方小禾同志在青禾县组织工作会议上的讲话", "在青禾县组织工作会议上的讲话同志们:", BODY, BODY2])
    art = only(tmp_path, page)
    assert art.title == "方小禾同志在青禾县组织工作会议上的讲话"
    assert art.text.lstrip().startswith("同志们")


def test_a_short_headline_over_the_body_stays(tmp_path):
    page = "\n".join(["柳川镇的春天", BODY, BODY2])
    assert only(tmp_path, page).title == "柳川镇的春天"
    page = "\n".join(["我的入党故事", "二〇〇八年七月一日对我来说终生难忘", BODY, BODY2])
    assert only(tmp_path, page).title == "我的入党故事"


def test_a_column_label_over_the_headline_stays_out_of_the_title(tmp_path):
    page = "\n".join(["市县传真", "茶园里走出群众致富路", "2024年05月30日08:45 来源:青禾日报", BODY, BODY2])
    assert only(tmp_path, page).title == "茶园里走出群众致富路"


def test_a_speech_title_with_a_note_or_of_another_kind_run_into_its_salutation(tmp_path):
    for head in ("青禾县组织工作会议上的讲话(摘要)", "青禾县年轻干部培训班开班仪式上的主持词", "柳川镇干部大会上的讲话稿"):
        page = "\n".join([head + "同志们:今天召开会议,主要任务是总结去年工作。", BODY, BODY2])
        assert only(tmp_path, page).title == head


def test_a_full_headline_over_a_copy_cut_short_stays(tmp_path):
    page = "\n".join(["青禾县委组织部扎实开展年轻干部培训工作取得明显成效", "青禾县委组织部扎实开展年轻干部培训...", BODY, BODY2])
    assert only(tmp_path, page).title == "青禾县委组织部扎实开展年轻干部培训工作取得明显成效"


def test_a_bracketed_unit_run_into_the_opening_is_no_headline(tmp_path):
    page = "\n".join(["(青禾县委组织部)近年来,青禾县持续深化干部人事制度改革。", BODY, BODY2])
    assert only(tmp_path, page).title is None
