"""Text analysis: the same terms for what is indexed and what is searched."""

from sitecraft.search.analysis import (
    MAX_QUERY_TERMS,
    MAX_TERM_CHARS,
    analyze,
    html_to_text,
    parse_query,
)


def test_english_words_are_stemmed():
    assert set(analyze("investing investment invests")) == {"invest"}


def test_russian_words_are_stemmed():
    assert analyze("логистика")[0] == analyze("логистики")[0] == analyze("логистику")[0]
    assert analyze("Ёлка") == analyze("елка")


def test_chinese_is_segmented_and_traditional_becomes_simplified():
    terms = analyze("上合示范区边境贸易")
    assert {"边境", "贸易", "示范区"} <= set(terms)
    assert set(parse_query("邊境貿易")) == {"边境", "贸易"}
    assert parse_query("邊境") == ["边境"]


def test_html_is_stripped_and_entities_decoded():
    assert html_to_text("<p>Tea&amp;<b>coffee</b></p><p>next</p>") == "Tea& coffee next"


def test_terms_are_letters_and_digits_only():
    junk = "\"*+-()~<>@ ' ; DROP TABLE x; -- %_ \\ \x00 \u202e ☃ 🙂"
    for term in analyze(junk) + parse_query(junk):
        assert term.isalnum(), term


def test_long_tokens_and_long_queries_are_capped():
    assert analyze("x" * (MAX_TERM_CHARS + 1)) == []
    assert len(parse_query(" ".join(f"word{i}" for i in range(50)))) == MAX_QUERY_TERMS
    assert parse_query("a" * 99 + " tail") == []  # only the first 100 characters are read
