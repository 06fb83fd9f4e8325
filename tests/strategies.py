"""Hypothesis strategies for news-like and hostile text."""

from hypothesis import strategies as st

SENTENCES = [
    "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday.",
    "“This is a truly fundamental document,” Putin said.",
    "The United States and South Korea accused Pyongyang of shipping missiles to Moscow.",
    "Moscow and Pyongyang have rejected the accusations, Yonhap reported.",
    "„Wir sind bereit“, sagte er.",
    "Protesters clashed with police in Paris, officials said on Tuesday.",
    "In 1961 the two countries signed a treaty.",
    "According to the ministry, 11,000 containers of ammunition were shipped.",
]
MARKUP = ["<p>", "p>", "</div>", "&nbsp;", "<br>", "&amp;", "<script>x</script>", "\u00a0", "\u200b"]
NOISE = ["!" * 200, "_" * 300, "😀" * 50, "-=" * 80, "\ud800", "\udfff", "\x1b[2J", "\x00", "\x07", "\r\n", "\t",
         "«", "»", "“", "”", "„", "'", '"', "…", "\n\n"]

characters = st.characters(codec=None, exclude_categories=())  # surrogates and controls included
fragments = st.one_of(
    st.sampled_from(SENTENCES), st.sampled_from(MARKUP), st.sampled_from(NOISE), st.text(characters, max_size=40)
)
texts = st.lists(fragments, min_size=1, max_size=30).map(" ".join)
