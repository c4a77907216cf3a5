"""A second set of texts for a fresh look at the encoding detector, written after its last rule was settled.

The first fresh look (``encoding_samples_fresh.py`` with the Chinese catalogues and CLDR names) found wrong
readings that two rules then fixed, so it is no longer fresh. ``benchmarks/encodings.py --fresh 2`` reports the
detector on these sentences and on Babel's CLDR names for ``zh`` and ``zh_Hant``, which nothing read before.
"""

from __future__ import annotations

SIMPLIFIED = [
    "退货流程太麻烦了，客服让我拍了五张照片。",
    "新版App的夜间模式终于可以跟随系统设置。",
    "他把论文的参考文献格式从APA改成了GB/T 7714。",
    "楼下面馆的牛肉面十八块一碗，分量足。",
    "下周三下午的组会改到线上，链接稍后发群里。",
    "这台空气净化器晚上开睡眠档几乎没有声音。",
    "春运期间火车站增开了二十个临时售票窗口。",
    "数据集按八比二划分为训练集和测试集。",
    "菜单 设置 帮助 关于",
    "文件 编辑 视图 插入 格式 工具",
]

TRADITIONAL = [
    "這家早餐店的蘿蔔糕煎得外酥內軟。",
    "請勿在捷運車廂內飲食，違者罰款。",
    "本週末氣溫驟降，山區可能出現降雪。",
    "我的筆電鍵盤有兩個按鍵失靈了。",
    "檔案 編輯 檢視 說明",
    "登入 註冊 忘記密碼",
    "這次選舉的投票率比上一屆高。",
    "博物館的特展延長到下個月底。",
]

CANTONESE = [
    "佢哋今晚唔嚟食飯喇。",
    "呢碗麵好好食，你試吓啦。",
    "落緊雨，記得帶遮。",
    "你幾點收工呀？",
    "佢唔記得咗帶鎖匙。",
    "我哋喺旺角等你。",
]

JAPANESE = [
    "平成三十年度 事業報告書",
    "営業部 第二課 課長代理",
    "駐車場は建物の裏側にございます。",
    "本日は臨時休業とさせていただきます。",
    "東海道新幹線 指定席 禁煙車",
    "申込書に必要事項を記入して提出してください。",
    "国立国会図書館 蔵書検索",
    "雨の日は洗濯物が乾かなくて困る。",
    "取扱説明書 保証書付",
    "猫がソファの上で丸くなって寝ている。",
]

KOREAN = [
    "주말에 부모님 댁에 다녀왔습니다.",
    "國立中央博物館 특별전 안내",
    "배송 조회 및 반품 신청",
    "이 제품은 세탁기 사용이 가능합니다.",
    "學生 成績 관리 시스템",
    "버스 정류장까지 걸어서 오 분 걸려요.",
    "공지사항 자주 묻는 질문",
    "회의록을 공유 폴더에 올려 주세요.",
]

LATIN = [
    "Ça m'étonnerait qu'il vienne à l'heure.",
    "Die Brötchen vom Bäcker nebenan schmecken großartig.",
    "Mañana habrá tormentas en el norte del país.",
    "A exposição já está aberta ao público.",
    "Perché non prendiamo un caffè più tardi?",
]
