#!/usr/bin/python3
"""Write a synthetic but realistic gongkai site for scale tests.

    /usr/bin/python3 bench/make_catalogue.py OUT_DIR --documents N [--seed S]
                                             [--min-kb 1 --max-kb 10] [--jobs J]
    /usr/bin/python3 bench/make_catalogue.py OUT_DIR --single-document-mb MB [--seed S]

OUT_DIR gets site.toml and content/<slug>/<year>/<serial>.md. The same
arguments always give the same bytes (--jobs only changes the speed).
--single-document-mb writes ONE document of about MB MiB of body instead
(SPEC §9's 50 MB document; see write_single_document).

The vocabulary is Debian python3-jieba's dict.txt (349k words with
frequencies): words drawn by frequency give real Chinese character-bigram
diversity, which a recombined phrase bank does not (see TOOLCHAIN.md,
"Generated catalogues for scale tests"). Content words are joined by
one-character function words (的 在 和 …), each document repeats a small
lexicon of its own, and government phrases are mixed in, so the number of
distinct bigrams grows like real text's (about 355k at 10,000 documents)
instead of exploding with every random pair of adjacent words. Run it with
Debian's /usr/bin/python3. See bench/README.md for what the corpus looks like.
"""

import argparse
import datetime
import importlib.util
import multiprocessing
import os
import posixpath
import random
import re
import shutil
import sys
import time
from bisect import bisect
from itertools import accumulate

MARKER = ".gongkai-bench-corpus"
DICT_PATHS = ("/usr/lib/python3/dist-packages/jieba/dict.txt",)
INSTALL_HINT = (
    "python3-jieba is not installed (its dict.txt is the corpus vocabulary).\n"
    "Install it with:  sudo apt-get install -y python3-jieba   (or: make bench, which installs it)\n"
    "and run this script with Debian's /usr/bin/python3.")

FIRST_YEAR, LAST_YEAR = 2008, 2024
REGION = "629900"  # the sample site's made-up region code (示例市)

# --------------------------------------------------------------------------
# Domain lists (DOMAIN.md): the State Council topic tree and the genres.

TOPIC_TREE = {
    "国务院组织机构": ["国务院", "国务院办公厅", "国务院组成部门", "国务院直属特设机构", "国务院直属机构",
                "国务院办事机构", "国务院直属事业单位", "国务院部委管理的国家局", "国务院议事协调机构", "其他"],
    "综合政务": ["政务公开", "政务督查", "应急管理", "电子政务", "文秘工作", "保密工作", "信访", "参事、文史", "其他"],
    "国民经济管理、国有资产监管": ["宏观经济", "经济体制改革", "统计", "物价", "国有资产监管", "重大建设项目", "其他"],
    "财政、金融、审计": ["财政", "税务", "银行", "货币（含外汇）", "证券", "保险", "社会信用体系建设", "审计", "其他"],
    "国土资源、能源": ["土地", "矿产", "水资源", "海洋", "煤炭", "石油与天然气", "电力", "其他"],
    "农业、林业、水利": ["农业、畜牧业、渔业", "林业", "水利", "其他"],
    "工业、交通": ["机械制造与重工业", "轻工纺织", "化工", "国防工业", "航天、航空", "信息产业（含电信）",
              "公路", "水运", "铁路", "民航", "邮政", "其他"],
    "商贸、海关、旅游": ["对外经贸合作", "国内贸易（含供销）", "海关", "检验、检疫", "旅游", "其他"],
    "市场监管、安全生产监管": ["工商", "质量监督", "标准", "食品药品监管", "安全生产监管", "其他"],
    "城乡建设、环境保护": ["城市规划", "城乡建设（含住房）", "环境监测、保护与治理", "节能与资源综合利用",
                  "气象、水文、测绘、地震", "其他"],
    "科技、教育": ["科技", "教育", "知识产权", "其他"],
    "文化、广电、新闻出版": ["文化", "文物", "新闻出版", "广播、电影、电视", "其他"],
    "卫生、体育": ["卫生", "医药管理", "体育", "其他"],
    "人口与计划生育、妇女儿童工作": ["人口与计划生育", "妇女儿童", "其他"],
    "劳动、人事、监察": ["劳动就业", "社会保障", "人事工作", "军转安置", "监察", "纠正行业不正之风", "其他"],
    "公安、安全、司法": ["公安", "国家安全", "司法", "其他"],
    "民政、扶贫、救灾": ["减灾救灾", "优抚安置", "社会福利", "行政区划与地名", "社团管理", "扶贫", "其他"],
    "民族、宗教": ["民族事务", "宗教事务"],
    "对外事务": ["外交、外事", "国际条约、国际组织", "其他"],
    "港澳台侨工作": ["港澳工作", "对台工作", "侨务工作"],
    "国防": ["国防建设", "国防动员"],
    "其他": [],
}

# How common each branch is in a city catalogue, most common first (Zipf weights).
TOPIC_ORDER = [
    "综合政务", "城乡建设、环境保护", "国民经济管理、国有资产监管", "财政、金融、审计", "劳动、人事、监察",
    "农业、林业、水利", "科技、教育", "卫生、体育", "市场监管、安全生产监管", "民政、扶贫、救灾", "工业、交通",
    "商贸、海关、旅游", "国土资源、能源", "公安、安全、司法", "文化、广电、新闻出版", "其他",
    "人口与计划生育、妇女儿童工作", "民族、宗教", "对外事务", "港澳台侨工作", "国防", "国务院组织机构",
]

# Genres with their share of ordinary documents (政策解读 is only used for interpretations;
# 会议纪要 is the older spelling of 纪要, which gongkai accepts).
GENRE_WEIGHTS = [
    ("通知", 300), ("其他", 90), ("规范性文件", 80), ("意见", 60), ("公告", 60), ("报告", 50),
    ("计划总结", 50), ("通告", 40), ("统计数据", 40), ("办事指南", 40), ("批复", 40), ("函", 40),
    ("决定", 30), ("通报", 30), ("规划", 20), ("纪要", 15), ("会议纪要", 5), ("请示", 10),
    ("规章", 10), ("公报", 10), ("决议", 5), ("命令（令）", 3), ("议案", 2),
]

# --------------------------------------------------------------------------
# Issuers: name, slug, 文号 abbreviation (示X发), code kind (9 or 18), first year,
# home topic branches, own departments. Listed from the largest to the smallest:
# document counts follow a Zipf law over this order (a few large, many small).

ISSUERS = [
    ("示例市人民政府", "szf", "政", 9, 2008, ["综合政务", "国民经济管理、国有资产监管", "城乡建设、环境保护"], ["市政府办公室"]),
    ("示例市人民政府办公室", "szfb", "政办", 9, 2008, ["综合政务"], ["秘书科", "综合科", "政务公开科"]),
    ("示例市发展和改革委员会", "fgw", "发改", 9, 2008, ["国民经济管理、国有资产监管", "国土资源、能源"], ["投资科", "价格科", "规划科"]),
    ("示例市财政局", "czj", "财", 9, 2008, ["财政、金融、审计"], ["预算科", "国库科", "综合科"]),
    ("示例市住房和城乡建设局", "zjj", "建", 18, 2008, ["城乡建设、环境保护"], ["建筑业科", "住房保障科", "城建科"]),
    ("示例市人力资源和社会保障局", "rsj", "人社", 9, 2008, ["劳动、人事、监察"], ["就业促进科", "养老保险科", "人事科"]),
    ("示例市教育局", "jyj", "教", 9, 2008, ["科技、教育"], ["基础教育科", "职业教育科", "学生资助中心"]),
    ("示例市生态环境局", "sthjj", "环", 18, 2019, ["城乡建设、环境保护"], ["生态环境监测科", "大气环境科", "水生态环境科"]),
    ("示例市农业农村局", "nyncj", "农", 18, 2019, ["农业、林业、水利", "民政、扶贫、救灾"], ["种植业科", "畜牧兽医科", "乡村产业科"]),
    ("示例市市场监督管理局", "scjgj", "市监", 18, 2019, ["市场监管、安全生产监管"], ["登记注册科", "食品安全科", "质量发展科"]),
    ("示例市卫生健康委员会", "wjw", "卫健", 18, 2019, ["卫生、体育", "人口与计划生育、妇女儿童工作"], ["医政医管科", "疾病预防控制科", "基层卫生科"]),
    ("示例市交通运输局", "jtj", "交", 9, 2008, ["工业、交通"], ["公路科", "运输管理科", "建设管理科"]),
    ("示例市民政局", "mzj", "民", 9, 2008, ["民政、扶贫、救灾"], ["社会救助科", "养老服务科", "区划地名科"]),
    ("示例市自然资源局", "zrzyj", "自然资源", 18, 2019, ["国土资源、能源", "城乡建设、环境保护"], ["国土空间规划科", "耕地保护科", "测绘地理信息科"]),
    ("示例市应急管理局", "yjglj", "应急", 18, 2019, ["市场监管、安全生产监管", "民政、扶贫、救灾"], ["应急指挥科", "危化品监管科", "防灾减灾科"]),
    ("示例市科学技术局", "kjj", "科", 9, 2008, ["科技、教育"], ["高新技术科", "科技成果科"]),
    ("示例市商务局", "swj", "商", 9, 2008, ["商贸、海关、旅游"], ["外贸科", "市场运行科"]),
    ("示例市统计局", "tjj", "统", 9, 2008, ["国民经济管理、国有资产监管"], ["综合统计科", "调查科"]),
    ("示例市医疗保障局", "ybj", "医保", 18, 2019, ["劳动、人事、监察", "卫生、体育"], ["待遇保障科", "医药价格科"]),
    ("示例市审计局", "sjj", "审", 9, 2008, ["财政、金融、审计"], ["财政审计科", "经济责任审计科"]),
    ("示例市公安局", "gaj", "公", 9, 2008, ["公安、安全、司法"], ["法制支队", "交通警察支队", "户政科"]),
    ("示例市司法局", "sfj", "司", 9, 2008, ["公安、安全、司法"], ["法治督察科", "公共法律服务科"]),
    ("示例市文化和旅游局", "wlj", "文旅", 18, 2019, ["文化、广电、新闻出版", "商贸、海关、旅游"], ["文物科", "旅游市场科"]),
    ("示例市民族宗教事务局", "mzzjj", "民宗", 9, 2008, ["民族、宗教"], ["民族工作科", "宗教工作科"]),
]
COMMON_DEPARTMENTS = ["办公室", "办公室", "政策法规科", "财务科", "人事科", "综合科"]

# --------------------------------------------------------------------------
# Government phrases mixed into the jieba words.

PHRASES = [
    "深入贯彻落实", "高质量发展", "进一步加强", "切实做好", "按照有关规定", "认真组织实施", "统筹推进",
    "坚持以人民为中心", "着力解决", "不断完善", "加快推进", "建立健全", "全面落实", "依法依规",
    "确保取得实效", "结合我市实际", "经市政府同意", "各县（区）", "市直有关部门", "充分发挥",
    "进一步提高", "强化责任落实", "推动形成", "营造良好氛围", "加强组织领导", "严格落实", "持续深化",
    "坚持问题导向", "压实主体责任", "加大工作力度", "着力提升", "扎实推进", "规范管理", "优化营商环境",
    "深化改革", "提升服务水平", "加强监督检查", "及时研究解决", "做到应公开尽公开", "切实维护群众合法权益",
    "形成工作合力", "推进治理体系和治理能力现代化", "健全长效机制", "防范化解重大风险", "按照职责分工",
    "实行动态管理", "加强宣传引导", "鼓励社会力量参与", "落实属地管理责任", "确保各项任务落到实处",
    "以人民群众满意为标准", "坚持稳中求进工作总基调", "服务保障民生", "推动资源共享", "加强协调配合",
]
GOV_VERBS = ["做好", "开展", "加强", "推进", "进一步加强", "规范", "实施", "组织开展", "深化", "加快推进",
             "进一步做好", "调整", "公布", "建立", "完善", "落实", "促进", "支持"]
NOUN_SUFFIXES = ["工作", "管理", "建设", "项目", "体系", "机制", "服务", "试点", "行动", "改革", "", "", ""]
PLAN_KINDS = ["实施方案", "管理办法", "工作方案", "行动计划", "实施细则", "暂行办法", "考核办法", "应急预案"]
SECTION_HEADINGS = ["总体要求", "工作目标", "主要任务", "重点工作", "保障措施", "实施步骤", "工作要求",
                    "基本原则", "组织实施", "职责分工", "申报条件", "办理流程", "监督检查", "附则",
                    "基本情况", "存在问题", "下一步工作", "适用范围", "资金管理", "申报程序"]
HEADING_VERBS = ["加强", "推进", "完善", "健全", "强化", "提升", "落实", "深化", "规范", "优化"]
ADDRESSEES = ["各县（区）人民政府，市政府各部门，各直属机构：", "各县（区）人民政府，市直各部门：",
              "各县（区）有关部门，市直有关单位：", "各有关单位：", "各县（区）人民政府办公室，市直各部门："]
OPENING_CLOSE = {
    "通知": "现就有关事项通知如下。", "意见": "现提出如下意见。", "决定": "特作如下决定。",
    "通报": "现将有关情况通报如下。", "报告": "现将有关情况报告如下。", "请示": "现将有关事项请示如下。",
    "批复": "现批复如下。", "函": "现函告如下。", "公告": "现将有关事项公告如下。", "通告": "现将有关事项通告如下。",
    "规范性文件": "结合本市实际，制定本办法。", "规章": "结合本市实际，制定本规定。", "政策解读": "现就有关内容解读如下。",
    "计划总结": "现将有关情况总结如下。", "统计数据": "现将主要统计数据公布如下。", "办事指南": "现将办理事项说明如下。",
}
NEEDS_ADDRESSEE = {"通知", "意见", "决定", "通报", "函", "规范性文件"}
TABLES = [
    ["序号", "项目名称", "建设内容", "总投资（万元）", "责任单位"],
    ["序号", "指标名称", "单位", "上年", "本年", "增长（%）"],
    ["序号", "事项名称", "实施依据", "承办机构", "办理时限"],
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
]
CN_DIGITS = "零一二三四五六七八九"


def cn_number(n):
    """1..99 as Chinese numerals (一, 十, 十一, 二十三)."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def five_year_plan(year):
    return {11: "十一五", 12: "十二五", 13: "十三五", 14: "十四五"}[min(14, (year - 2006) // 5 + 11)]


# --------------------------------------------------------------------------
# Organisation codes with real check characters.

def org_code(body8):
    """GB 11714: 8 characters + check character (0-9 or X)."""
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(c, 36) * w for c, w in zip(body8, weights))
    check = 11 - total % 11
    return body8 + ("X" if check == 10 else "0" if check == 11 else str(check))


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(org9):
    """GB 32100 unified social credit code: 1 (机构编制) 1 (机关) region, org code, check."""
    body = "11" + REGION + org9
    weights = [pow(3, i, 31) for i in range(17)]
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body, weights))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def issuer_code(number, kind):
    if kind == 9:
        return org_code(REGION + f"{number:02d}")
    return uscc(org_code(f"MB{1 + number:02d}{(number * 7919) % 10000:04d}"))


# --------------------------------------------------------------------------
# The vocabulary: jieba words weighted by frequency, sampled with a cumulative
# table and bisect. Loaded once in the parent; worker processes share it (fork).

class Table:
    """Words sorted commonest first with their cumulative probabilities (floats ending at
    1.0): a draw is words[bisect(cum, random())]. Commonest first keeps the hot end of the
    table in cache, which makes drawing about three times faster than dictionary order."""
    __slots__ = ("words", "cum")

    def __init__(self, pairs):
        pairs = sorted(pairs, key=lambda p: (-p[1], p[0]))
        total = float(sum(f for _, f in pairs))
        self.words = [w for w, _ in pairs]
        self.cum = [c / total for c in accumulate(f for _, f in pairs)]
        self.cum[-1] = 1.0


# WORDS: words of two or more characters; GLUE: the commonest one-character function words
# (了 在 和 的 为 …); NOUNS: nouns for titles, headings, keywords and each document's own lexicon;
# KEYWORDS: the 5,000 commonest nouns; COMPOUNDS: fixed pairs of words (set per seed).
WORDS = GLUE = NOUNS = KEYWORDS = COMPOUNDS = None
GLUE_SIZE = 30
GLUE_POS = ("p", "c", "uj", "ul", "u", "uz", "uv", "ud", "ug", "f", "d")  # prepositions, particles …
COMPOUND_COUNT = 20000


def find_dict(explicit):
    if explicit:
        return explicit if os.path.isfile(explicit) else None
    for path in DICT_PATHS:
        if os.path.isfile(path):
            return path
    try:
        spec = importlib.util.find_spec("jieba")
    except (ImportError, ValueError):
        spec = None
    if spec and spec.origin:
        path = os.path.join(os.path.dirname(spec.origin), "dict.txt")
        if os.path.isfile(path):
            return path
    return None


is_cjk = re.compile("[\u4e00-\u9fff]+").fullmatch


def load_vocabulary(path):
    global WORDS, GLUE, NOUNS, KEYWORDS
    words, singles, nouns = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2 or not is_cjk(parts[0]):
                continue  # ASCII entries (c++, AT&T) would be Markdown syntax
            word, freq = parts[0], int(parts[1])
            pos = parts[2] if len(parts) > 2 else ""
            if freq <= 0:
                continue
            if len(word) > 1:
                words.append((word, freq))
            elif pos in GLUE_POS:
                singles.append((word, freq))
            if 2 <= len(word) <= 4 and pos in ("n", "vn", "nz", "j", "an"):
                nouns.append((word, freq))
    WORDS, NOUNS = Table(words), Table(nouns)
    GLUE = Table(sorted(singles, key=lambda p: (-p[1], p[0]))[:GLUE_SIZE])
    KEYWORDS = Table(sorted(nouns, key=lambda p: (-p[1], p[0]))[:5000])
    return len(words)


def make_compounds(seed):
    """Fixed two-word collocations. Elsewhere a function word stands between two content
    words: adjacent random words would make millions of distinct bigrams, not real text's
    hundreds of thousands."""
    global COMPOUNDS
    rnd = random.Random(seed * 7 + 3).random
    COMPOUNDS = [draw(WORDS, rnd) + draw(WORDS, rnd) for _ in range(COMPOUND_COUNT)]


def draw(table, rnd):
    return table.words[bisect(table.cum, rnd())]


def pick(seq, rnd):
    return seq[int(rnd() * len(seq))]


def zipf_table(items, s=1.0):
    return Table([(item, 1.0 / (rank + 1) ** s) for rank, item in enumerate(items)])


# --------------------------------------------------------------------------
# Planning: every document's metadata, in the main process, in one seeded order.

class Doc:
    __slots__ = ("n", "issuer", "joint", "year", "date", "secs", "has_time", "serial", "index", "path",
                 "title", "genre", "topic", "draft", "kind", "target", "link", "idx_link", "doc_number",
                 "front", "core")


def subject(R, year):
    rnd = R.random
    s = f"{year}年" if rnd() < 0.2 else ""
    if rnd() < 0.7:
        s += pick(GOV_VERBS, rnd)
    s += draw(NOUNS, rnd)
    if rnd() < 0.5:
        s += draw(NOUNS, rnd)
    return s + pick(NOUN_SUFFIXES, rnd)


def noun_phrase(R):
    rnd = R.random
    return draw(NOUNS, rnd) + (draw(NOUNS, rnd) if rnd() < 0.6 else "") + pick(NOUN_SUFFIXES, rnd)


def make_title(R, genre, year, issuer):
    """(title, core) where core is the 《》 name an interpretation would quote."""
    rnd = R.random
    if genre in ("通知", "规范性文件") and rnd() < 0.45:
        core = f"示例市{noun_phrase(R)}{pick(PLAN_KINDS, rnd)}"
        return f"关于印发《{core}》的通知", core
    if genre == "通知":
        title = f"关于{subject(R, year)}的通知"
    elif genre in ("规范性文件", "规章"):
        title = f"示例市{noun_phrase(R)}{pick(['管理办法', '暂行办法', '实施办法', '若干规定', '管理规定'], rnd)}"
    elif genre == "意见":
        title = f"关于{subject(R, year)}的{pick(['实施意见', '指导意见', '意见', '若干意见'], rnd)}"
    elif genre == "报告":
        title = pick([f"关于{noun_phrase(R)}情况的报告", f"示例市{year}年{noun_phrase(R)}工作报告"], rnd)
    elif genre == "计划总结":
        title = pick([f"{issuer}{year}年工作总结和{year + 1}年工作计划", f"{year}年{noun_phrase(R)}工作要点",
                      f"{issuer}{year}年{noun_phrase(R)}工作总结"], rnd)
    elif genre == "统计数据":
        title = pick([f"{year}年{1 + int(rnd() * 12)}月{noun_phrase(R)}统计数据",
                      f"示例市{year}年{noun_phrase(R)}统计公报", f"{year}年示例市{noun_phrase(R)}情况"], rnd)
    elif genre == "办事指南":
        title = f"{draw(NOUNS, rnd)}{pick(['登记', '审批', '备案', '补贴申领', '资格认定'], rnd)}办事指南"
    elif genre == "规划":
        title = f"示例市“{five_year_plan(year)}”{noun_phrase(R)}规划"
    elif genre in ("纪要", "会议纪要"):
        title = f"{issuer}{noun_phrase(R)}专题会议纪要"
    elif genre == "其他":
        title = pick([f"{issuer}{year}年{noun_phrase(R)}", f"关于{subject(R, year)}的公示",
                      f"{noun_phrase(R)}名单"], rnd)
    else:
        name = {"命令（令）": "令"}.get(genre, genre)
        title = f"关于{subject(R, year)}的{name}"
        if rnd() < 0.15:
            title = issuer + title
    return title, title


def interpretation_title(R, target):
    rnd = R.random
    return pick([f"《{target.core}》政策解读", f"关于《{target.core}》的解读",
                 f"一图读懂《{target.core}》"], rnd)


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def make_issuers():
    return [{"name": name, "slug": slug, "abbr": abbr, "code": issuer_code(number + 1, kind),
             "since": since, "home": home, "depts": depts + COMMON_DEPARTMENTS}
            for number, (name, slug, abbr, kind, since, home, depts) in enumerate(ISSUERS)]


def plan(args):
    R = random.Random(args.seed)
    rnd = R.random
    issuers = make_issuers()
    issuer_table = zipf_table(list(range(len(issuers))), 1.1)
    years_by_since = {}
    for since in {i["since"] for i in issuers}:
        years = list(range(since, LAST_YEAR + 1))
        years_by_since[since] = Table([(y, 1 + 0.15 * (y - FIRST_YEAR)) for y in years])
    topic_table = zipf_table(TOPIC_ORDER, 1.0)
    sub_tables = {b: zipf_table(subs, 0.9) for b, subs in TOPIC_TREE.items() if subs}
    genre_table = Table(GENRE_WEIGHTS)

    # 1. Who, when.
    docs = []
    for n in range(args.documents):
        d = Doc()
        d.n = n
        d.issuer = issuers[draw(issuer_table, rnd)]
        d.joint = issuers[draw(issuer_table, rnd)] if rnd() < 0.01 else None
        if d.joint is d.issuer:
            d.joint = None
        d.year = draw(years_by_since[d.issuer["since"]], rnd)
        first = datetime.date(d.year, 1, 1).toordinal()
        days = datetime.date(d.year, 12, 31).toordinal() - first + 1
        day = datetime.date.fromordinal(first + int(rnd() * days))
        if day.weekday() >= 5 and rnd() < 0.9:  # offices work on weekdays: move to Friday or Monday
            friday = datetime.date.fromordinal(day.toordinal() - (day.weekday() - 4))
            day = friday if friday.year == d.year else datetime.date.fromordinal(friday.toordinal() + 3)
        d.date = day
        d.has_time = rnd() < 0.85
        d.secs = (8 * 3600 + int(rnd() * 10 * 3600)) if d.has_time else 0
        docs.append(d)
    docs.sort(key=lambda d: (d.date, d.secs, d.n))

    # 2. Index numbers, in date order per code and year (a few serials skipped).
    serials, docnums = {}, {}
    for d in docs:
        key = (d.issuer["code"], d.year)
        serials[key] = serials.get(key, 0) + (2 if rnd() < 0.03 else 1)
        d.serial = serials[key]
        if d.serial > 99999:
            sys.exit(f"make_catalogue: more than 99,999 documents for {key[0]} in {key[1]}; "
                     "the index-number serial has five digits")
        d.index = f"{d.issuer['code']}/{d.year}-{d.serial:05d}"
        d.path = f"content/{d.issuer['slug']}/{d.year}/{d.serial:05d}.md"

    # 3. What: genre, topic, title, links, interpretations, drafts; then the front matter.
    eligible = []  # earlier published documents: link targets
    eligible_by_issuer = {}  # earlier published non-interpretations: interpretation targets
    jobs = []
    for d in docs:
        issuer = d.issuer
        d.draft = rnd() < 0.01
        d.kind = "plain"
        d.target = d.link = d.idx_link = None
        own = eligible_by_issuer.get(issuer["code"])
        if own and rnd() < 0.055:
            d.kind = "interpretation"
            d.target = own[-1 - int(rnd() * min(len(own), 30))]
        if eligible and rnd() < 0.08:
            if own and rnd() < 0.5:
                target = own[-1 - int(rnd() * min(len(own), 50))]
            else:
                target = eligible[int(rnd() * len(eligible))]
            if rnd() < 0.6:
                d.link = target
            else:
                d.idx_link = target

        if d.kind == "interpretation":
            d.genre = "政策解读"
            d.topic = d.target.topic
            d.title = interpretation_title(R, d.target)
            d.core = d.title
        else:
            d.genre = "统计数据" if issuer["slug"] == "tjj" and rnd() < 0.5 else draw(genre_table, rnd)
            x = rnd()
            if x < 0.10:
                d.topic = None
            else:
                branch = pick(issuer["home"], rnd) if rnd() < 0.6 else draw(topic_table, rnd)
                if branch in sub_tables and x < 0.82:
                    d.topic = f"{branch}/{draw(sub_tables[branch], rnd)}"
                else:
                    d.topic = branch
            d.title, d.core = make_title(R, d.genre, d.year, issuer["name"])

        fm = ["+++", f"title = {toml_str(d.title)}", f"index_number = {toml_str(d.index)}"]
        x = rnd()
        if d.kind == "plain" and x < 0.60:
            key = (issuer["code"], d.year)
            docnums[key] = docnums.get(key, 0) + 1 + (int(rnd() * 4) if rnd() < 0.3 else 0)
            d.doc_number = f"示{issuer['abbr']}发〔{d.year}〕{docnums[key]}号"
            fm.append(f"doc_number = {toml_str(d.doc_number)}")
        elif x < 0.62:
            fm.append('doc_number = ""')
        k = pick((0, 0, 0, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5), rnd)
        words = ["政策解读"] if d.kind == "interpretation" else []
        for _ in range(k * 3):
            if len(words) >= k:
                break
            w = draw(KEYWORDS, rnd)
            if w not in words:
                words.append(w)
        if words:
            fm.append("keywords = [" + ", ".join(toml_str(w) for w in words) + "]")
        elif rnd() < 0.3:
            fm.append("keywords = []")
        if d.joint:
            fm.append(f"issuer = [{toml_str(issuer['name'])}, {toml_str(d.joint['name'])}]")
        else:
            fm.append(f"issuer = {toml_str(issuer['name'])}")
        x = rnd()
        fm.append('disclosure = "%s"' % ("主动公开" if x < 0.915 else "依申请公开" if x < 0.995 else "不予公开"))
        if rnd() < 0.75:
            fm.append(f"department = {toml_str(pick(issuer['depts'], rnd))}")
        if d.has_time:
            h, rest = divmod(d.secs, 3600)
            fm.append(f"date = {d.date.isoformat()}T{h:02d}:{rest // 60:02d}:{rest % 60:02d}+08:00")
        else:
            fm.append(f"date = {d.date.isoformat()}")
        x, age = rnd(), LAST_YEAR - d.year
        if x >= 0.06:
            if d.year == LAST_YEAR and rnd() < 0.04:
                validity = "尚未生效"
            elif rnd() < max(0.03, min(0.6, age * 0.04)):
                y = rnd()
                validity = "失效" if y < 0.5 else "废止" if y < 0.85 else "已修改"
            else:
                validity = "有效"
            fm.append(f'validity = "{validity}"')
        if d.topic:
            fm.append(f"topic = {toml_str(d.topic)}")
        if rnd() < 0.9 or d.kind == "interpretation":
            fm.append(f"genre = {toml_str(d.genre)}")
        if rnd() < 0.15:
            summary = "".join(draw(NOUNS, rnd) for _ in range(3 + int(rnd() * 6)))
            fm.append(f"summary = {toml_str(pick(PHRASES, rnd) + summary + '。')}")
        if rnd() < 0.5:
            fm.append(f"published = {datetime.date.fromordinal(d.date.toordinal() + int(rnd() * 6)).isoformat()}")
        if d.kind == "interpretation":
            fm.append(f"interprets = [{toml_str(d.target.index)}]")
        if d.draft:
            fm.append("draft = true")
        fm.append("+++")
        d.front = "\n".join(fm) + "\n\n"

        # The body's parameters; a worker writes it with its own seeded generator.
        here = posixpath.dirname(d.path)
        link = idx = interp = None
        if d.link:
            link = (f"《{d.link.core}》", posixpath.relpath(d.link.path, here))
        if d.idx_link:
            idx = d.idx_link.index
        if d.kind == "interpretation":
            interp = (f"《{d.target.core}》", posixpath.relpath(d.target.path, here))
        signers = [issuer["name"]] + ([d.joint["name"]] if d.joint else [])
        x = rnd()
        footnotes = 0 if x >= 0.05 else 1 if x < 0.03 else 2 if x < 0.045 else 3
        target = int(args.min_kb * 1024 + rnd() * (args.max_kb - args.min_kb) * 1024)
        jobs.append((os.path.join(args.out, d.path), (args.seed * 1_000_003 + d.n) & 0xFFFFFFFFFFFF, d.front,
                     d.genre, d.year, signers, f"{d.date.year}年{d.date.month}月{d.date.day}日", target,
                     rnd() < 0.06, footnotes, link, idx, interp))

        if not d.draft:
            eligible.append(d)
            if d.kind == "plain":
                eligible_by_issuer.setdefault(issuer["code"], []).append(d)
    return issuers, docs, jobs


# --------------------------------------------------------------------------
# Bodies (in worker processes).

class Prose:
    """The sentence machinery of one document, drawing from its own generator: a lexicon of
    15-45 nouns that the document repeats, then words, clauses, sentences, paragraphs and
    GFM tables. Both writers use it: write_document (the catalogue) and
    write_single_document (--single-document-mb)."""
    __slots__ = ("rnd", "noun", "number", "clause", "sentence", "paragraph", "table")


def prose(rnd, year):
    W, C = WORDS.words, WORDS.cum
    GW, GC = GLUE.words, GLUE.cum
    NW, NC = NOUNS.words, NOUNS.cum
    nphr, ncomp = len(PHRASES), len(COMPOUNDS)
    lexicon = [NW[bisect(NC, rnd())] for _ in range(15 + int(rnd() * 30))]  # what this document is about
    nlex = len(lexicon)

    def unit():
        x = rnd()
        if x < 0.62:
            return lexicon[int(rnd() * nlex)]
        if x < 0.70:
            return COMPOUNDS[int(rnd() * ncomp)]
        if x < 0.82:
            return PHRASES[int(rnd() * nphr)]
        return W[bisect(C, rnd())]

    def words(k):
        """k words or phrases joined by one-character function words, as Chinese joins them."""
        parts = [unit()]
        for _ in range(k - 1):
            parts.append(GW[bisect(GC, rnd())])
            parts.append(unit())
        return "".join(parts)

    def noun():
        return NW[bisect(NC, rnd())]

    def number():
        x = rnd()
        if x < 0.3:
            return f"{1 + int(rnd() * 300)}个"
        if x < 0.55:
            return f"{rnd() * 100:.1f}%"
        if x < 0.8:
            return f"{100 + int(rnd() * 9900)}万元"
        return f"{year}年{1 + int(rnd() * 12)}月"

    def clause():
        s = words(2 + int(rnd() * 4))
        y = rnd()
        if y < 0.07:
            s += number()
        elif y < 0.10:
            s += "“" + noun() + noun() + "”"
        elif y < 0.12:
            s += "《示例市" + noun() + noun() + pick(PLAN_KINDS, rnd) + "》"
        return s

    def sentence():
        return "，".join([clause() for _ in range(1 + int(rnd() * 4))]) + "。"

    def paragraph():
        x = rnd()
        if x < 0.25:  # 一是……二是……
            return "".join(f"{CN_DIGITS[i]}是{sentence()}" for i in range(1, 3 + int(rnd() * 3)))
        if x < 0.40:  # （一）加强组织领导。……
            head = pick(HEADING_VERBS, rnd) + noun() + pick(NOUN_SUFFIXES, rnd)
            return f"（{CN_DIGITS[1 + int(rnd() * 5)]}）{head}。" + "".join(sentence() for _ in range(1 + int(rnd() * 4)))
        return "".join([sentence() for _ in range(2 + int(rnd() * 6))])

    def table(rows=None):
        cols = pick(TABLES, rnd)
        lines = ["| " + " | ".join(cols) + " |", "|" + " --- |" * len(cols)]
        for r in range(1, 1 + rows if rows else 3 + int(rnd() * 10)):
            cells = [str(r)]
            for c in cols[1:]:
                if "万元" in c or "%" in c or c in ("上年", "本年"):
                    cells.append(f"{rnd() * 10000:.1f}")
                elif c == "单位":
                    cells.append(pick(["万元", "个", "人", "%", "亿元", "公里"], rnd))
                elif "时限" in c:
                    cells.append(pick([f"{year}年{1 + int(rnd() * 12)}月底前", "长期坚持", f"{1 + int(rnd() * 20)}个工作日"], rnd))
                else:
                    cells.append(noun() + (noun() if rnd() < 0.5 else ""))
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines)

    P = Prose()
    P.rnd, P.noun, P.number, P.clause, P.sentence, P.paragraph, P.table = (
        rnd, noun, number, clause, sentence, paragraph, table)
    return P


def fit(p, room):
    """p cut to at most room bytes (a closing 。 included), on a sentence or clause end."""
    p = p.encode()[:max(room - 3, 20)].decode("utf-8", "ignore")
    cut = p.rfind("。") + 1
    if cut < len(p) * 0.85:
        cut = p.rfind("，")
    p = p[:cut if cut > 0 else len(p)].rstrip("，、；“《（")
    return p if p.endswith("。") else p + "。"


def write_document(job):
    (path, seed, front, genre, year, signers, date_cn, target, with_table, footnotes, link, idx, interp) = job
    rnd = random.Random(seed).random
    P = prose(rnd, year)
    noun, sentence, paragraph, table = P.noun, P.sentence, P.paragraph, P.table

    used = set()

    def heading(i):
        name = pick(SECTION_HEADINGS, rnd)
        if name in used or rnd() < 0.5:
            name = pick(HEADING_VERBS, rnd) + noun() + pick(NOUN_SUFFIXES, rnd)
        used.add(name)
        return f"## {cn_number(i)}、{name}"

    # Ending: signature line (issuer, Chinese date) and footnote definitions.
    tail = "\n\n" + "\\\n".join(signers + [date_cn]) + "\n"
    for i in range(1, footnotes + 1):
        tail += f"\n[^{i}]: {sentence()}\n"
    budget = target - len(tail.encode())

    out = []
    if genre in NEEDS_ADDRESSEE or (genre in ("批复", "请示") and rnd() < 0.5):
        out.append(pick(ADDRESSEES, rnd) if genre != "请示" else "市人民政府：")
    close = OPENING_CLOSE.get(genre, "")
    if interp:
        opening = [f"近日，{signers[0]}印发了[{interp[0]}]({interp[1]})（以下简称{interp[0]}）。", sentence()]
    else:
        opening = [pick(["为", "根据", "按照", "为进一步"], rnd) + sentence()]
        if rnd() < 0.5:
            opening.append(sentence())
    if link:
        opening.append(f"{pick(['按照', '根据', '依据'], rnd)}[{link[0]}]({link[1]})有关要求，{sentence()}")
    if idx:
        opening.append(f"{sentence()[:-1]}（详见[{idx}](idx:{idx})）。")
    for i in range(footnotes):  # a reference at the end of each of the first sentences
        j = min(i, len(opening) - 1)
        opening[j] = opening[j][:-1] + f"[^{i + 1}]。"
    out.append("".join(opening) + close)
    size = sum(len(p.encode()) + 2 for p in out)

    section = 0
    while section == 0 or budget - size >= 150:  # no new heading for a few bytes
        section += 1
        h = heading(section)
        out.append(h)
        size += len(h.encode()) + 2
        if with_table and section == 1:
            t = table()
            out.append(t)
            size += len(t.encode()) + 2
        for n in range(1 + int(rnd() * max(2, target // 2500))):
            p = paragraph()
            if size + len(p.encode()) + 2 > budget:
                break
            out.append(p)
            size += len(p.encode()) + 2
        else:
            continue
        break
    while True:  # fill up to the size wanted, cutting the last paragraph
        room = budget - size - 2
        if room < 20 and not out[-1].startswith("## "):
            break
        p = paragraph()
        last = len(p.encode()) >= room
        if last:
            p = fit(p, room)
        out.append(p)
        size += len(p.encode()) + 2
        if last:
            break

    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(front + "\n\n".join(out) + tail)
    return len(front.encode()) + size + len(tail.encode())


# --------------------------------------------------------------------------
# One very large document (--single-document-mb): SPEC §9's "a 50 MB document builds in
# under a minute within 2 GB of memory". A plan (规划) of the city government in chapters
# (## 第一章), sections (### 一、) and subsections (#### （一）), written with the same
# Prose as the catalogue, with what a long real document has and what a renderer finds
# costly: a footnote reference every few KiB (definitions at the end, some referenced
# twice), GFM tables of 3-40 rows, bare URLs followed by full-width punctuation
# (https://…。 https://…，（https://…）www.…；), links (external and idx: to itself),
# ordered and bullet lists, block quotes and bold lead phrases.

URL_HOSTS = ["www.example.gov.cn", "zwfw.example.gov.cn", "tjj.example.gov.cn", "data.example.gov.cn",
             "fgw.example.gov.cn"]
URL_PATHS = ["gongkai/szf/{y}/{n:05d}/", "zcwj/{y}/t{y}{m:02d}{d:02d}_{n}.html", "bsfw/item/detail?id={n}&type=2",
             "tjsj/tjgb/{y}/{n}.shtml", "col/col{n}/index.html", "zwgk/zdlyxxgk/{n}/"]
URL_LEADS = ["网址：", "详见", "登录", "可通过", "请访问 ", "链接：", "网站（", "二维码及网址 "]
URL_ENDS = ["。", "，", "；", "）", "、", "：", "！", "？", "”"]  # full-width, right after the URL


def cn_big(n):
    """Any positive integer below 100,000 as Chinese numerals (一百零五, 一千零一十)."""
    if n < 100:
        return cn_number(n)
    out, zero = "", False
    for unit, value in (("万", 10000), ("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d = n // value % 10
        if d == 0:
            zero = bool(out)
        else:
            out += ("零" if zero else "") + CN_DIGITS[d] + unit
            zero = False
    return out


def plan_single(args):
    """site issuers, the document's path, front matter and the body's parameters."""
    R = random.Random(args.seed)
    rnd = R.random
    issuers = make_issuers()
    issuer = issuers[0]  # 示例市人民政府
    year = 2016 + int(rnd() * 9)
    day = datetime.date(year, 1 + int(rnd() * 12), 1 + int(rnd() * 28))
    title = f"示例市“{five_year_plan(year)}”{noun_phrase(R)}规划（全文）"
    index = f"{issuer['code']}/{year}-00001"
    path = f"content/{issuer['slug']}/{year}/00001.md"
    doc_number = "示" + issuer["abbr"] + f"发〔{year}〕{1 + int(rnd() * 40)}号"
    words = []
    while len(words) < 4:
        w = draw(KEYWORDS, rnd)
        if w not in words:
            words.append(w)
    fm = ["+++", f"title = {toml_str(title)}", f"index_number = {toml_str(index)}",
          f"doc_number = {toml_str(doc_number)}",
          "keywords = [" + ", ".join(toml_str(w) for w in words) + "]",
          f"issuer = {toml_str(issuer['name'])}", 'disclosure = "主动公开"', 'department = "市政府办公室"',
          f"date = {day.isoformat()}T{9 + int(rnd() * 8):02d}:{int(rnd() * 60):02d}:00+08:00",
          'validity = "有效"', 'topic = "国民经济管理、国有资产监管/宏观经济"', 'genre = "规划"',
          f"summary = {toml_str(pick(PHRASES, rnd) + ''.join(draw(NOUNS, rnd) for _ in range(6)) + '。')}",
          f"published = {datetime.date.fromordinal(day.toordinal() + 2).isoformat()}", "+++", ""]
    target = int(args.single_document_mb * 1024 * 1024)
    job = (os.path.join(args.out, path), (args.seed * 1_000_003 + 0x51D0C) & 0xFFFFFFFFFFFF, "\n".join(fm) + "\n",
           year, [issuer["name"]], f"{day.year}年{day.month}月{day.day}日", target, index)
    return issuers, job


def write_single_document(job):
    (path, seed, front, year, signers, date_cn, target, own_index) = job
    rnd = random.Random(seed).random
    P = prose(rnd, year)
    noun, number, sentence, paragraph, table = P.noun, P.number, P.sentence, P.paragraph, P.table
    notes = []  # footnote definitions, in order of first reference
    size = 0  # bytes of body written so far, the footnote definitions included

    def footnote():
        nonlocal size
        if notes and rnd() < 0.1:  # 同上: an earlier note referenced again
            return f"[^{1 + int(rnd() * len(notes))}]"
        d = f"\n[^{len(notes) + 1}]: {sentence()}\n"
        notes.append(d)
        size += len(d.encode())
        return f"[^{len(notes)}]"

    def url():
        n = 1 + int(rnd() * 99999)
        p = pick(URL_PATHS, rnd).format(y=year, m=1 + int(rnd() * 12), d=1 + int(rnd() * 28), n=n)
        x = rnd()
        if x < 0.15:
            return f"www.example.gov.cn/{p}"  # an extended www autolink
        if x < 0.2:
            return f"zwgk{n % 100}@example.gov.cn"  # an e-mail autolink
        return f"{'https' if x < 0.85 else 'http'}://{pick(URL_HOSTS, rnd)}/{p}"

    def with_url():
        """a sentence with a bare URL followed by full-width punctuation."""
        lead, end = pick(URL_LEADS, rnd), pick(URL_ENDS, rnd)
        s = sentence()[:-1] + "，" + lead + url()
        if lead.endswith("（") or end == "）":
            return s + "）" + ("。" if rnd() < 0.5 else "，" + sentence())
        if end == "。":
            return s + end
        if end == "、":
            return s + end + url() + "。"
        return s + end + sentence()

    def link():
        x = rnd()
        if x < 0.4:
            return f"[示例市政务服务网](https://zwfw.example.gov.cn/)"
        if x < 0.8:
            name = f"《示例市{noun()}{noun()}{pick(PLAN_KINDS, rnd)}》"
            return f"[{name}](https://www.example.gov.cn/zcwj/{year}/t{year}{1 + int(rnd() * 12):02d}_{int(rnd() * 99999)}.html)"
        return f"[本规划](idx:{own_index})"

    def para():
        x = rnd()
        if x < 0.07:
            p = "".join(sentence() for _ in range(1 + int(rnd() * 3))) + with_url()
        elif x < 0.12:
            p = sentence()[:-1] + "，" + pick(["按照", "根据", "依据", "参照"], rnd) + link() + "有关要求，" + sentence()
        elif x < 0.20:
            p = f"**{pick(HEADING_VERBS, rnd)}{noun()}{pick(NOUN_SUFFIXES, rnd)}。**" + paragraph()
        elif x < 0.26:
            mark = pick(["1.", "-"], rnd)
            items = [(f"{i}." if mark == "1." else "-") + " " + sentence() for i in range(1, 3 + int(rnd() * 6))]
            p = "\n".join(items)
        elif x < 0.28:
            p = f"> 《示例市{noun()}条例》第{cn_number(1 + int(rnd() * 60))}条规定：{sentence()}"
        else:
            p = paragraph()
        if rnd() < 0.45:  # a footnote reference at the end of the paragraph's first sentence
            cut = p.find("。")
            if cut > 0 and not p.startswith(("1.", "- ", ">")):
                p = p[:cut] + footnote() + p[cut:]
        return p

    tail = "\n\n" + "\\\n".join(signers + [date_cn]) + "\n"
    size += len(tail.encode())
    out = [pick(["为", "根据", "按照", "为进一步"], rnd) + sentence()[:-1] + footnote() + "。" + sentence()
           + "结合我市实际，编制本规划。" + with_url()]
    size += len(out[0].encode()) + 2
    chapter = section = 0
    chapter_left = section_left = 0
    while size < target - 400:
        if section_left <= 0:
            if chapter_left <= 0 or section >= 99:
                chapter += 1
                section = 0
                chapter_left = int((256 + rnd() * 512) * 1024)
                b = f"## 第{cn_big(chapter)}章　{pick(SECTION_HEADINGS, rnd) if rnd() < 0.4 else pick(HEADING_VERBS, rnd) + noun() + pick(NOUN_SUFFIXES, rnd)}"
                out.append(b)
                size += len(b.encode()) + 2
                chapter_left -= len(b.encode()) + 2
            section += 1
            sub = 0
            section_left = int((4 + rnd() * 16) * 1024)
            b = f"### {cn_number(section)}、{pick(HEADING_VERBS, rnd)}{noun()}{pick(NOUN_SUFFIXES, rnd)}"
            if rnd() < 0.3:
                b += "\n\n" + table(3 + int(rnd() * 38))
        elif sub < 99 and rnd() < 0.12:
            sub += 1
            b = f"#### （{cn_number(sub)}）{pick(HEADING_VERBS, rnd)}{noun()}{noun()}"
        else:
            b = para()
        n = len(b.encode()) + 2
        out.append(b)
        size += n
        section_left -= n
        chapter_left -= n
    while True:  # fill up to the size wanted, cutting the last paragraph
        room = target - size - 2
        if room < 20:
            break
        p = paragraph()
        last = len(p.encode()) >= room
        if last:
            p = fit(p, room)
        out.append(p)
        size += len(p.encode()) + 2
        if last:
            break
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(front + "\n\n".join(out) + tail + "".join(notes))
    return len(front.encode()) + size, len(notes), chapter


# --------------------------------------------------------------------------

def site_toml(args, issuers):
    if args.single_document_mb:
        written_by = (f"# Written by bench/make_catalogue.py --single-document-mb {args.single_document_mb:g} "
                      f"--seed {args.seed}: one very large document for scale tests.")
    else:
        written_by = (f"# Written by bench/make_catalogue.py --documents {args.documents} --seed {args.seed} "
                      f"--min-kb {args.min_kb:g} --max-kb {args.max_kb:g}: a synthetic catalogue for scale tests.")
    lines = [
        written_by,
        'base_url = "https://www.example.gov.cn/gongkai/"',
        'title = "示例市人民政府信息公开目录（基准测试）"',
        'timezone = "+08:00"',
        "",
        "[footer]",
        'site_code = "6299000001"',
        'icp = "示ICP备12345678号"',
        'police = "示公网安备 62990202000123号"',
    ]
    for i in issuers:
        lines += ["", f"[issuers.{toml_str(i['name'])}]", f"code = {toml_str(i['code'])}", f"slug = {toml_str(i['slug'])}"]
    return "\n".join(lines) + "\n"


def prepare_output(out):
    """OUT_DIR must be new, empty, or a corpus this script wrote (then it is replaced)."""
    if os.path.isdir(out) and os.listdir(out):
        if not os.path.isfile(os.path.join(out, MARKER)):
            sys.exit(f"make_catalogue: {out} is not empty and was not written by this script; "
                     "give a new or empty folder")
        for name in os.listdir(out):
            full = os.path.join(out, name)
            if os.path.isdir(full) and not os.path.islink(full):
                shutil.rmtree(full)
            else:
                os.remove(full)
    os.makedirs(out, exist_ok=True)


def write_single(args, started, vocabulary, dict_path):
    issuers, job = plan_single(args)
    os.makedirs(os.path.dirname(job[0]), exist_ok=True)
    with open(os.path.join(args.out, "site.toml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(site_toml(args, issuers))
    total, notes, chapters = write_single_document(job)
    with open(os.path.join(args.out, MARKER), "w", encoding="utf-8") as f:
        f.write(f"single_document_mb={args.single_document_mb:g} seed={args.seed}\n")
    print(f"make_catalogue: 1 document of {total / 1e6:.1f} MB ({total / 1048576:.1f} MiB; {chapters} chapters, "
          f"{notes} footnotes) into {os.path.relpath(job[0], args.out)} under {args.out} "
          f"in {time.monotonic() - started:.1f} s (vocabulary: {vocabulary} words from {dict_path})")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", metavar="OUT_DIR", help="the site folder to write (new, empty, or written by this script)")
    what = ap.add_mutually_exclusive_group(required=True)
    what.add_argument("--documents", type=int, metavar="N", help="how many documents to write")
    what.add_argument("--single-document-mb", type=float, metavar="MB",
                      help="instead, write ONE document with a body of about MB MiB (SPEC §9's 50 MB document)")
    ap.add_argument("--seed", type=int, default=1, metavar="S", help="the same seed gives the same bytes (default 1)")
    ap.add_argument("--min-kb", type=float, default=1.0, help="smallest body, in KiB (default 1)")
    ap.add_argument("--max-kb", type=float, default=10.0, help="largest body, in KiB (default 10)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="worker processes (default: all cores); the output does not depend on it")
    ap.add_argument("--dict", help="a jieba-format dict.txt (default: Debian python3-jieba's)")
    args = ap.parse_args()
    if args.documents is not None and args.documents < 1:
        ap.error("--documents must be at least 1")
    if args.single_document_mb is not None and args.single_document_mb <= 0:
        ap.error("--single-document-mb must be positive")
    if not 0 < args.min_kb <= args.max_kb:
        ap.error("need 0 < --min-kb <= --max-kb")
    dict_path = find_dict(args.dict)
    if not dict_path:
        print(f"make_catalogue: {args.dict} not found" if args.dict else INSTALL_HINT, file=sys.stderr)
        return 3

    started = time.monotonic()
    prepare_output(args.out)
    vocabulary = load_vocabulary(dict_path)
    make_compounds(args.seed)
    if args.single_document_mb:
        return write_single(args, started, vocabulary, dict_path)
    issuers, docs, jobs = plan(args)
    for folder in sorted({os.path.dirname(j[0]) for j in jobs}):
        os.makedirs(folder, exist_ok=True)
    with open(os.path.join(args.out, "site.toml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(site_toml(args, issuers))

    if args.jobs > 1 and len(jobs) > 200:
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            total = sum(pool.imap_unordered(write_document, jobs, chunksize=64))
    else:
        total = sum(map(write_document, jobs))
    with open(os.path.join(args.out, MARKER), "w", encoding="utf-8") as f:
        f.write(f"documents={args.documents} seed={args.seed} min_kb={args.min_kb:g} max_kb={args.max_kb:g}\n")

    drafts = sum(d.draft for d in docs)
    interps = sum(d.kind == "interpretation" for d in docs)
    print(f"make_catalogue: {len(docs)} documents ({drafts} drafts, {interps} interpretations), "
          f"{len(issuers)} issuers, {total / 1e6:.1f} MB of Markdown into {args.out} "
          f"in {time.monotonic() - started:.1f} s (vocabulary: {vocabulary} words from {dict_path})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
