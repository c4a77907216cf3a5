"""Chinese language data: stopwords, negation, contrast, degree, direction, quantifiers, modality, names, numerals.

Also attributes whose size is a verdict, headings and traditional characters.

Every part of textkit that needs to know something about Chinese reads it here, and nothing here depends on the
rest of textkit (as spaCy keeps its language data in ``spacy/lang/zh``). Provenance: ``lang_zh/README.md``.
"""

from .attributes import (
    ATTRIBUTE_ADVERBS,
    ATTRIBUTE_COMPARAND,
    ATTRIBUTE_KINDS,
    ATTRIBUTE_READINGS,
    COMPARISON_WORDS,
    GRADABLE_WORDS,
    AttributeReading,
    find_attribute_readings,
    may_read_attributes,
)
from .contrast import (
    CONCEDING_WORDS,
    CONCESSION_FLAGS,
    CONCESSIVE_OPENERS,
    CONTRAST_MARKERS,
    NOT_CONTRAST_MARKERS,
    REALITY_MARKERS,
    SUMMING_UP_WORDS,
    TURNING_WORDS,
    concession_weights,
    may_concede,
)
from .degree import DEGREE_ADVERBS
from .direction import DIRECTION_PAIRS, DirectionWord, find_direction_words, opposites
from .headings import HEADING_LINE_RE, NUMBERED_HEADING_RE
from .modality import ASSERTIONS, HEDGES, NOT_MODAL, ModalWord, find_modal_words
from .names import PLACES, SURNAMES
from .negation import (
    EVEN_NEGATION_LEADS,
    INTENSIFYING_NEGATIONS,
    NEGATION_REACHES_PAST,
    NEGATION_WORDS,
    NEGATORS,
    NOT_NEGATIONS,
    ZERO_COMPOUNDS,
    ZERO_COPULAS,
    ZERO_MEASURES,
    ZERO_WORDS,
    count_negations,
    even_negation_frames,
    even_negation_spans,
    intensifying_negation_at,
    may_count_zero,
    negation_at,
    zero_negation_spans,
)
from .numerals import COUNTER_GROUPS, Quantity, chinese_numeral_value, find_quantities, same_counter, same_quantity
from .quantifiers import NOT_QUANTIFIERS, QUANTIFIER_SHARES, QUANTIFIER_WORDS, QuantifierWord, find_quantifiers
from .stopwords import ENGLISH_FUNCTION_WORDS, FRAMING_WORDS, load_stopwords
from .variants import fold_traditional, traditional_fold_table, traditional_share, traditional_spellings

__all__ = [
    "ASSERTIONS",
    "ATTRIBUTE_ADVERBS",
    "ATTRIBUTE_COMPARAND",
    "ATTRIBUTE_KINDS",
    "ATTRIBUTE_READINGS",
    "COMPARISON_WORDS",
    "CONCEDING_WORDS",
    "CONCESSION_FLAGS",
    "CONCESSIVE_OPENERS",
    "CONTRAST_MARKERS",
    "COUNTER_GROUPS",
    "DEGREE_ADVERBS",
    "DIRECTION_PAIRS",
    "ENGLISH_FUNCTION_WORDS",
    "EVEN_NEGATION_LEADS",
    "FRAMING_WORDS",
    "GRADABLE_WORDS",
    "HEADING_LINE_RE",
    "HEDGES",
    "INTENSIFYING_NEGATIONS",
    "NEGATION_REACHES_PAST",
    "NEGATION_WORDS",
    "NEGATORS",
    "NOT_CONTRAST_MARKERS",
    "NOT_MODAL",
    "NOT_NEGATIONS",
    "NOT_QUANTIFIERS",
    "NUMBERED_HEADING_RE",
    "PLACES",
    "QUANTIFIER_SHARES",
    "QUANTIFIER_WORDS",
    "REALITY_MARKERS",
    "SUMMING_UP_WORDS",
    "SURNAMES",
    "TURNING_WORDS",
    "ZERO_COMPOUNDS",
    "ZERO_COPULAS",
    "ZERO_MEASURES",
    "ZERO_WORDS",
    "AttributeReading",
    "DirectionWord",
    "ModalWord",
    "QuantifierWord",
    "Quantity",
    "chinese_numeral_value",
    "concession_weights",
    "count_negations",
    "even_negation_frames",
    "even_negation_spans",
    "find_attribute_readings",
    "find_direction_words",
    "find_modal_words",
    "find_quantifiers",
    "find_quantities",
    "fold_traditional",
    "intensifying_negation_at",
    "load_stopwords",
    "may_concede",
    "may_count_zero",
    "may_read_attributes",
    "negation_at",
    "opposites",
    "same_counter",
    "same_quantity",
    "traditional_fold_table",
    "traditional_share",
    "traditional_spellings",
    "zero_negation_spans",
]
