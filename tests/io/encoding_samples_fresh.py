"""Texts written for a fresh look at the encoding detector, after its rules for issue 17 were settled.

Nothing here was used to choose or tune a rule: ``benchmarks/encodings.py --fresh`` reports the detector on
them (with the Chinese gettext catalogues and Babel's CLDR names, which no other measurement reads). They lean
on the hard cases: kanji-only Japanese titles, Korean with hanja or without particles, short Cantonese,
Chinese with Latin terms.
"""

from __future__ import annotations

SIMPLIFIED = [
    "周末去菜市场买了两斤排骨和一把青菜。",
    "系统升级后，打印机驱动需要重新安装。",
    "本研究采用PCR方法检测了样本中的病毒载量。",
    "地铁二号线因设备故障暂停运营半小时。",
    "请在Excel表格的第三列填写联系电话。",
    "奶奶种的西红柿今年结得特别多。",
    "这款耳机的降噪效果一般，续航倒是不错。",
    "会议纪要已上传到共享文件夹，请查收。",
    "小区门口的银杏叶黄了，拍照的人很多。",
    "用Python读取CSV文件时要注意编码。",
    "年终总结要求每人不超过一千五百字。",
    "高铁票提前十五天开售，节假日很难抢。",
]

TRADITIONAL = [
    "颱風過後，街上到處都是斷掉的樹枝。",
    "這份報告的數據來源請在附錄中註明。",
    "夜市的蚵仔煎和珍珠奶茶都很有名。",
    "圖書館週一休館，其他日子開放到晚上九點。",
    "請將申請表連同身分證影本一併寄回。",
    "他把舊電腦捐給了偏鄉的國小。",
    "本診所看診時間為上午九點至十二點。",
    "高鐵票價調漲的消息引起不少討論。",
]

CANTONESE = [
    "佢哋啱啱先到。",
    "唔該埋單。",
    "今日啲餸好鹹。",
    "你搵邊個呀？",
    "我哋聽晚見。",
    "呢架車幾錢？",
    "佢冇嚟返工。",
    "咁都得嘅？",
]

JAPANESE = [
    "東京都立図書館 利用案内",
    "第三章 実験方法及結果",
    "株式会社山田製作所 総務部",
    "新幹線 東京駅発 新大阪駅行",
    "明日の天気は晴れのち曇りでしょう。",
    "会員登録手続完了通知",
    "この商品は在庫切れです。入荷予定は未定です。",
    "個人情報取扱規程 第五条",
    "電車が遅れたので、会議に少し遅刻した。",
    "北海道産小麦使用 無添加食パン",
    "コーヒーを飲みながら新聞を読むのが日課です。",
    "大学入学共通試験 出願期間",
]

KOREAN = [
    "오늘 저녁에는 김치찌개를 먹었어요.",
    "大韓民國 國會 본회의 안건",
    "회의실 예약 현황",
    "서울特別市 江南區 테헤란로",
    "주문하신 상품이 발송되었습니다.",
    "이번 학기 성적 확인 방법",
    "韓國語 敎育 과정 안내",
    "지하철 2호선 운행 지연 안내",
    "내일은 비가 오니까 우산을 챙기세요.",
    "사용자 계정 설정",
]

LATIN = [
    "Où est la gare la plus proche, s'il vous plaît ?",
    "Bücher über Geschichte lese ich am liebsten.",
    "¿Cuántos años tiene tu hermano mayor?",
    "O café da manhã é servido até às dez horas.",
    "Però il treno è arrivato con un'ora di ritardo.",
    "Größe, Gewicht und Farbe können variieren.",
]
