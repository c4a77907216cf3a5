"""Real texts per codec for ``benchmarks/encodings.py``, built from what this machine holds; nothing is shipped.

Sources (read where they are installed, never copied into the project):

- Chinese (UTF-8, UTF-16 LE/BE, GB18030, GBK): the sentences of the CSL abstracts in
  ``../shared/eval/csl_*.tsv`` (Apache-2.0, see that folder's README) and of the case-study texts in
  ``../shared/seeds/``.
- Traditional Chinese (Big5): the same sentences converted with OpenCC ``s2tw``; Big5-HKSCS: converted with
  ``s2hk``, plus ``CANTONESE`` below (written for this benchmark, after the detector).
- Japanese (Shift-JIS, EUC-JP), Korean (EUC-KR) and Latin-1 (French, German, Spanish, Portuguese, Italian):
  the translated messages of the gettext catalogues installed under ``/usr/share/locale`` and vim's
  ``/usr/share/vim/*/lang`` (each package's own licence, mostly GPL/LGPL; read for measurement only).

``fresh_documents`` gives sources nothing else here reads (``benchmarks/encodings.py --fresh``): the Chinese
gettext catalogues and Babel's CLDR names.

Each text is split into a *tune* or a *report* half by a hash of its source document (an abstract, a
catalogue), so the detector's thresholds can be tuned on one half and reported on the other.

A source sentence that is itself mojibake (``CORRUPT``) is left out, and `excluded` says which and why: the
benchmark prints it. Its document is cut there, so that no window joins the sentences on either side of it.
"""

from __future__ import annotations

import gettext
import glob
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"

#: Cantonese sentences written for this benchmark (after the detector was written): Big5-HKSCS characters.
CANTONESE = [
    "佢哋喺度食緊嘢，你要唔要一齊嚟？",
    "我今日好攰，唔想出街喇。",
    "呢間舖頭嘅嘢又平又正，不過啲人排好耐隊。",
    "你睇吓呢張相，係咪好似你細個嗰陣？",
    "佢話聽日會早啲返嚟，叫我哋唔使等佢食飯。",
    "落雨就唔好去行山喇，啲路好滑㗎。",
    "我啱啱搵到份新工，下個禮拜一開始返。",
    "呢個價錢真係抵食，我哋快啲買咗佢啦。",
    "你知唔知佢點解嬲咗成個朝早？",
    "唔該你幫我攞嗰本書過嚟，我搵唔到。",
    "佢哋兩個成日嗌交，但係感情其實好好。",
    "今晚打風，記得早啲返屋企，唔好喺街度逗留。",
    "我哋部門下個月要搬去新寫字樓，近地鐵站。",
    "呢套戲好好睇，我睇咗兩次都仲想再睇。",
    "你食咗飯未呀？未食就一齊去茶餐廳啦。",
    "啲細路喺公園度玩得好開心，唔肯返屋企。",
    "阿媽煲咗湯，叫我哋今晚早啲返去飲。",
    "佢講嘢好快，我成日都聽唔清楚佢講乜。",
    "呢條街以前好旺，而家啲舖頭執晒笠。",
    "我哋聽朝九點喺尖沙咀碼頭等，唔好遲到。",
    "部電腦壞咗，要拎去舖頭整，可能要等一個禮拜。",
    "佢嘅廣東話講得好流利，完全聽唔出係外國人。",
    "今年嘅花市特別多人，行到腳都軟埋。",
    "你唔好成日掛住玩手機，做埋功課先啦。",
    "間餐廳嘅點心好出名，週末要一早去攞位。",
    "我覺得呢個計劃有啲問題，不如再諗清楚先。",
    "佢哋決定下年結婚，而家開始搵地方擺酒。",
    "天氣咁熱，不如去海灘游水啦。",
    "佢份人好好相處，有咩事都肯幫手。",
    "嗰架巴士成日遲到，我寧願搭地鐵。",
    "呢啲菜要洗乾淨先好煮，唔係會有沙。",
    "佢哋嘅舖頭做咗三十幾年，街坊都好熟。",
    "我琴日喺旺角見到佢，佢話啱啱放工。",
    "你有冇聽講話間學校下年會搬？",
    "啲價錢越嚟越貴，搵食真係艱難。",
    "如果你得閒，聽日陪我去睇醫生好唔好？",
    "佢嘅狗仔好乖，見到人就搖尾。",
    "個會議改咗去下晝三點，記得通知埋其他人。",
    "我哋喺屋企樓下嘅茶餐廳食早餐。",
    "呢首歌好好聽，我成日都喺車度播。",
]

LATIN_LANGS = ("fr", "de", "es", "pt", "it", "pt_BR")

#: Fragments of source sentences that are mojibake in the source itself: (the fragment, the text that was meant,
#: the codec whose bytes were read one byte off). ``"的关键"`` in GBK is ``B5C4 B9D8 BCFC``; read from its second
#: byte it is ``C4B9`` 墓, ``D8BC`` 丶 and a cut-off ``FC`` (``?``). `shifted_reading` checks each entry.
CORRUPT: tuple[tuple[str, str, str], ...] = (("墓丶?", "的关键", "gbk"),)


def shifted_reading(meant: str, codec: str) -> str:
    """``meant``'s bytes in ``codec`` read from the second byte on, an undecodable rest shown as ``?``."""
    return meant.encode(codec)[1:].decode(codec, "replace").replace("\ufffd", "?")


def excluded() -> list[tuple[str, str]]:
    """The source sentences `chinese_documents` leaves out, each with the reason."""
    found = []
    for path in sorted(SHARED.glob("eval/csl_*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            for sentence in _sentences(fields[1]) if len(fields) >= 2 else ():
                reason = _corruption(sentence)
                if reason and (sentence, reason) not in found:
                    found.append((sentence, reason))
    return found


def _corruption(sentence: str) -> str:
    for fragment, meant, codec in CORRUPT:
        if fragment in sentence:
            return f"{fragment!r} is {codec} {meant!r} read one byte off, in the source itself"
    return ""


def _cut_at_corrupt(name: str, sentences: list[str]) -> list[Document]:
    """The document's sentences without corrupt ones, as one document per stretch between them (same name)."""
    docs: list[Document] = []
    stretch: list[str] = []
    for sentence in [*sentences, ""]:
        if sentence and not _corruption(sentence):
            stretch.append(sentence)
        elif stretch:
            docs.append(Document(name, stretch))
            stretch = []
    return docs


@dataclass(frozen=True)
class Document:
    """A source of texts: its name, its sentences in order, and its half (``"tune"`` or ``"report"``)."""

    name: str
    sentences: list[str]

    @property
    def half(self) -> str:
        return "tune" if zlib.crc32(self.name.encode("utf-8")) % 2 == 0 else "report"


_SENTENCE_END = re.compile(r"(?<=[。！？；!?;.])(?=[^。！？；!?;.\d])")


def chinese_documents() -> list[Document]:
    """Each CSL abstract and case-study paragraph, split into sentences, deduplicated across files."""
    docs: list[Document] = []
    seen: set[str] = set()
    for path in sorted(SHARED.glob("eval/csl_*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) >= 2 and fields[1] not in seen:
                seen.add(fields[1])
                docs += _cut_at_corrupt(fields[1][:40], _sentences(fields[1]))
    for path in sorted(SHARED.glob("seeds/*.txt")):
        for paragraph in path.read_text(encoding="utf-8").splitlines():
            if len(paragraph.strip()) >= 4 and paragraph not in seen:
                seen.add(paragraph)
                docs += _cut_at_corrupt(paragraph[:40], _sentences(paragraph))
    return docs


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if len(s.strip()) >= 2]


def catalogue_documents(langs: tuple[str, ...]) -> list[Document]:
    """The translated messages of every gettext catalogue installed for ``langs``, one document per catalogue."""
    docs = []
    paths: list[str] = []
    for lang in langs:
        paths += sorted(glob.glob(f"/usr/share/locale/{lang}/LC_MESSAGES/*.mo"))
        paths += sorted(glob.glob(f"/usr/share/vim/vim*/lang/{lang}/LC_MESSAGES/*.mo"))
    for path in paths:
        try:
            with open(path, "rb") as handle:
                catalogue = gettext.GNUTranslations(handle)
        except (OSError, UnicodeError, ValueError, KeyError):
            continue
        messages = []
        for key, value in catalogue._catalog.items():  # type: ignore[attr-defined]
            if key == "" or not isinstance(value, str):
                continue
            text = " ".join(value.split())
            if len(text) >= 2 and not text.isascii():
                messages.append(text)
        if messages:
            docs.append(Document(path, messages))
    return docs


def fresh_documents(kind: str) -> list[Document]:
    """Sources no version of the detector was tuned or measured on (``--fresh``), one list per ``kind``.

    - ``"zh_CN"``, ``"zh_TW"``, ``"zh_HK"``: the Chinese gettext catalogues under ``/usr/share/locale`` (the
      tune/report halves use CSL abstracts for Chinese, never these).
    - ``"cldr:<locales>"``: the names in the CLDR data that Babel installs (``babel/locale-data``, Unicode
      licence): territories, languages, scripts, currencies, months and weekdays of each locale (for Japanese,
      Korean, Cantonese and Latin-1 languages), one document per locale and kind of name.
    """
    if kind.startswith("cldr:"):
        return _cldr_documents(tuple(kind[5:].split(",")))
    return catalogue_documents((kind,))


def _cldr_documents(locales: tuple[str, ...]) -> list[Document]:
    from babel import Locale

    docs = []
    for name in locales:
        locale = Locale.parse(name)
        groups: dict[str, list[str]] = {
            "territories": list(locale.territories.values()),
            "languages": list(locale.languages.values()),
            "scripts": list(locale.scripts.values()),
            "currencies": list(locale.currencies.values()),
            "months": list(locale.months["format"]["wide"].values()),
            "days": list(locale.days["format"]["wide"].values()),
        }
        for group, names in groups.items():
            texts = [" ".join(str(n).split()) for n in names if str(n).strip() and not str(n).isascii()]
            if texts:
                docs.append(Document(f"/cldr/{name}/{group}", texts))  # a "/" name: windows join with a space
    return docs


def windows(docs: list[Document], length: int, half: str) -> Iterator[str]:
    """Texts of exactly ``length`` characters from the ``docs`` of ``half``.

    Each starts at a sentence and runs on into the next sentences of its document (joined by a space for
    catalogue messages, directly for Chinese) until it is long enough; sentences too near the end of their
    document to fill ``length`` are skipped.
    """
    for doc in docs:
        if half != "all" and doc.half != half:
            continue
        joiner = "" if not doc.name.startswith("/") else " "
        for i in range(len(doc.sentences)):
            text = doc.sentences[i]
            j = i + 1
            while len(text) < length and j < len(doc.sentences):
                text += joiner + doc.sentences[j]
                j += 1
            if len(text) >= length:
                yield text[:length]
