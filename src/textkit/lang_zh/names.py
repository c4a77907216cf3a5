"""Chinese names: common surnames, and provinces and large cities.

``SURNAMES`` lets the summary check tell a person's name from jieba's many false ``nr`` tags (宫殿, 占地约): a
name starts with one of them. ``PLACES`` lets article extraction recognise a page's list of regions or cities.
Written for textkit (MIT) from the standard lists of the most common surnames and of China's province-level
divisions.
"""

from __future__ import annotations

__all__ = ["PLACES", "SURNAMES"]

#: The most common Chinese surnames, single (王, 李 ...) and double (欧阳, 司马 ...).
SURNAMES: frozenset[str] = frozenset(
    [
        *"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
        "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
        "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
        "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
        "景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝",
        *("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "夏侯", "尉迟", "公孙", "长孙", "宇文"),
    ]
)

_PLACE_NAMES = (
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 "
    "云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 "
    # Provincial capitals and the largest other cities.
    "石家庄 太原 呼和浩特 沈阳 长春 哈尔滨 南京 杭州 合肥 福州 南昌 济南 郑州 武汉 长沙 广州 海口 成都 贵阳 昆明 "
    "西安 兰州 西宁 拉萨 银川 乌鲁木齐 南宁 台北 深圳 厦门 青岛 大连 宁波 苏州"
)
#: Provinces and province-level cities, provincial capitals and the largest other cities.
PLACES: frozenset[str] = frozenset(_PLACE_NAMES.split())
