"""Words that say nothing about what a theme is: removed before themes are found.

Khmer function words are written as khmercut segments them (a test checks each is one
token), so a word the segmenter splits never hides in the list. Consultation filler
("need", "problem", "important") is dropped in both languages too: nearly every answer
says it, so it would head every label instead of the word the theme is about.
"""

from __future__ import annotations

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as SKLEARN_STOP_WORDS

# Conjunctions: and, or, but, so, because, if, although, while, then, that is.
_KHMER_CONJUNCTIONS = """
និង ហើយ ឬ ប៉ុន្តែ តែ ដូច្នេះ ដូច្នោះ ព្រោះ ពីព្រោះ ព្រោះតែ ដោយសារ ដោយសារតែ បើ ប្រសិនបើ
ទោះបី ទោះបីជា លុះត្រាតែ ខណៈ ទើប ដូចនេះ ពោលគឺ
"""
# Prepositions: of, in, at, on, from, about, to, toward, with, by, along, for, in order to,
# between, besides, like, until, since; the object marker នូវ; causative give (three spellings).
_KHMER_PREPOSITIONS = """
នៃ របស់ ក្នុង នៅ នៅក្នុង លើ នៅលើ ក្រោម ពី អំពី ស្តីពី ទៅ ទៅកាន់ មក ដល់ ចំពោះ ជាមួយ ដោយ
តាម តាមរយៈ សម្រាប់ ដើម្បី រវាង ក្រៅពី ដូចជា ដូច រហូត រហូតដល់ ចាប់ពី នូវ ឱ្យ អោយ ឲ្យ
ប្រកបដោយ
"""
# Copulas, negation, tense, aspect and modal particles: is, have, not, past, will, -ing,
# must, should, can, want, ever, still, already, yet, up, down, out, back, also, more.
_KHMER_VERB_PARTICLES = """
ជា គឺ គឺជា មាន គ្មាន មិន មែន ពុំ ទេ កុំ បាន នឹង កំពុង ត្រូវ គួរ គួរតែ អាច ចង់ ធ្លាប់ នៅតែ
រួច រួចហើយ ទាន់ ឡើង ចុះ ចេញ វិញ ផង ដែរ ផងដែរ ក៏ ទៀត
"""
# Relatives, demonstratives and quantifiers: which, that, this, all, every, some, many,
# few, one, two, three, other, same, various, the plural markers, each other.
_KHMER_DETERMINERS = """
ដែល ថា នេះ នោះ ទាំង ទាំងនោះ ទាំងអស់ គ្រប់ រាល់ ខ្លះ ច្រើន តិច មួយ ពីរ បី ផ្សេង ដទៃ ដដែល
នានា បណ្តា ពួក គ្នា
"""
# Pronouns and question words: we, I, they, he/she, it, you, self; what, which, who, how.
_KHMER_PRONOUNS = """
យើង យើងខ្ញុំ ខ្ញុំ គេ គាត់ វា ពួកគេ ពួកយើង អ្នក លោក ខ្លួន ឯង អ្វី ណា ណាមួយ នរណា យ៉ាង
យ៉ាងណា ម្តេច ប៉ុន្មាន
"""
# Nominalisers (-ing, -ness, the affair of) when they stand alone, intensifiers and
# courtesy words: very, really, most, more than, only, especially, etc., now, please, yes.
_KHMER_PARTICLES = """
ការ សេចក្តី ភាព កិច្ច ណាស់ ពិត ពិតជា បំផុត ជាង គ្រាន់តែ ប៉ុណ្ណោះ ជាពិសេស ជាដើម ឥឡូវ សូម
បាទ ចាស ហ្នឹង ៗ
"""
# Filler of consultation answers: need, problem, challenge, obstacle, important, good,
# big, do, use, lack, difficult.
_KHMER_FILLER = "ត្រូវការ បញ្ហា ប្រឈម ឧបសគ្គ សំខាន់ ល្អ ធំ ធ្វើ ប្រើ ខ្វះ លំបាក"

KHMER_FUNCTION_WORDS = frozenset(
    " ".join(
        (
            _KHMER_CONJUNCTIONS,
            _KHMER_PREPOSITIONS,
            _KHMER_VERB_PARTICLES,
            _KHMER_DETERMINERS,
            _KHMER_PRONOUNS,
            _KHMER_PARTICLES,
        )
    ).split()
)
KHMER_STOP_WORDS = KHMER_FUNCTION_WORDS | frozenset(_KHMER_FILLER.split())

_ENGLISH_FILLER = """
need want like lot lots really just make making get getting got use using able does did doing
main important good better best big bad problem issue challenge obstacle difficult lack way
thing
"""
ENGLISH_STOP_WORDS = SKLEARN_STOP_WORDS | frozenset(_ENGLISH_FILLER.split())
