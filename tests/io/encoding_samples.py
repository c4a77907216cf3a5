"""Sentences written for the encoding tests, after the detector was written (none was used to tune it).

Each list is text a user might save in that codec: reviews, notes, messages. ``benchmarks/encodings.py
--written`` reports the detector on them; the property tests in ``test_encodings.py`` draw pieces of them.
"""

from __future__ import annotations

SIMPLIFIED = [
    "这家店的包子皮薄馅大，早上七点就排起了长队。",
    "快递三天才到，包装有点破，但是东西没有坏。",
    "老师说下周一交读书报告，字数不少于两千字。",
    "我们小区新开了一家超市，价格比网上还便宜。",
    "这部电影的前半段很慢，后半段的反转让人意外。",
    "明天下午两点在三楼会议室讨论新产品的定价。",
    "孩子发烧到三十九度，医生建议多喝水、多休息。",
    "今年的春节假期比去年长，很多人选择出国旅游。",
    "手机电池用了两年，现在一天要充三次电。",
    "这道菜的做法很简单，先把土豆切丝再用清水泡一下。",
]

TRADITIONAL = [
    "這價格虧了，下次不會再來這家店買東西。",
    "服務人員很親切，房間也打掃得很乾淨。",
    "颱風快要來了，記得把陽台上的盆栽搬進屋裡。",
    "這本小說的結局寫得太倉促，有點可惜。",
    "捷運站附近新開了一間咖啡廳，週末人很多。",
    "醫生說我的血壓有點高，要少吃鹹的東西。",
    "我們公司下個月要舉辦員工旅遊，地點還沒決定。",
    "這家餐廳的牛肉麵湯頭濃郁，麵條也很有彈性。",
]

CANTONESE = [
    "佢哋喺度食緊嘢，叫我哋等陣先。",
    "呢度啲嘢好貴，我哋去第二間睇吓啦。",
    "你聽日得唔得閒？一齊去飲茶好唔好？",
    "佢琴晚冇瞓覺，今日成個人都好攰。",
    "唔好嘈喇，BB啱啱瞓咗。",
]

JAPANESE = [
    "今日はとても暑かったので、冷たいお茶をたくさん飲みました。",
    "駅の近くに新しいパン屋ができて、毎朝行列ができています。",
    "来週の会議は午後三時からに変更になりました。",
    "この本は子供のころに何度も読んだ思い出の一冊です。",
    "雨が降りそうなので、傘を持って出かけてください。",
    "新しいパソコンの設定に思ったより時間がかかった。",
    "週末は家族で近くの公園へピクニックに行く予定です。",
    "ファイルを保存できませんでした。もう一度お試しください。",
]

KOREAN = [
    "오늘은 날씨가 좋아서 친구와 함께 공원에 갔습니다.",
    "이 식당은 음식이 맛있고 가격도 저렴한 편입니다.",
    "다음 주 회의는 오후 세 시로 변경되었습니다.",
    "파일을 저장할 수 없습니다. 다시 시도해 주세요.",
    "주말에는 가족들과 함께 영화를 보러 갈 예정이에요.",
    "새로 산 노트북은 가볍고 배터리도 오래 갑니다.",
    "비가 올 것 같으니 우산을 꼭 챙기세요.",
    "이 책은 어렸을 때 여러 번 읽었던 기억이 있어요.",
]

LATIN = [
    "Le café était déjà froid quand je suis arrivé à la réunion.",
    "Nous avons visité le musée près de la cathédrale samedi matin.",
    "Die Straße war nach dem Gewitter völlig überflutet.",
    "Können Sie mir bitte sagen, wann der nächste Zug nach München fährt?",
    "El niño comió una manzana y después jugó en el jardín.",
    "La canción que escuchamos ayer todavía está en mi cabeza.",
    "A reunião foi adiada porque o diretor não conseguiu chegar a tempo.",
    "Il paziente è stato dimesso dall'ospedale giovedì pomeriggio.",
]
