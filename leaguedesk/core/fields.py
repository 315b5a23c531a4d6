"""The member record's fields: one table of keys, national labels (智慧团建) and choice lists.

Storage columns, forms, table headers, spreadsheet columns and validation messages all take their
names from here, so a field is named the same way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    TEXT = "text"
    CHOICE = "choice"
    DATE = "date"  # YYYY-MM-DD
    MONTH = "month"  # YYYY-MM (年月 fields)
    BOOL = "bool"
    ID_NUMBER = "id_number"
    PHONE = "phone"
    EMAIL = "email"
    GROUP = "group"  # 团小组, a row of league_groups


ID_TYPES = ("居民身份证", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "护照", "其他")
SEXES = ("男", "女")
ETHNICITIES = (
    "汉族",
    "蒙古族",
    "回族",
    "藏族",
    "维吾尔族",
    "苗族",
    "彝族",
    "壮族",
    "布依族",
    "朝鲜族",
    "满族",
    "侗族",
    "瑶族",
    "白族",
    "土家族",
    "哈尼族",
    "哈萨克族",
    "傣族",
    "黎族",
    "傈僳族",
    "佤族",
    "畲族",
    "高山族",
    "拉祜族",
    "水族",
    "东乡族",
    "纳西族",
    "景颇族",
    "柯尔克孜族",
    "土族",
    "达斡尔族",
    "仫佬族",
    "羌族",
    "布朗族",
    "撒拉族",
    "毛南族",
    "仡佬族",
    "锡伯族",
    "阿昌族",
    "普米族",
    "塔吉克族",
    "怒族",
    "乌孜别克族",
    "俄罗斯族",
    "鄂温克族",
    "德昂族",
    "保安族",
    "裕固族",
    "京族",
    "塔塔尔族",
    "独龙族",
    "鄂伦春族",
    "赫哲族",
    "门巴族",
    "珞巴族",
    "基诺族",
    "其他",
)
POLITICAL_STATUSES = ("共青团员", "中共预备党员", "中共党员")
EDUCATION_LEVELS = (
    "小学",
    "初中",
    "高中",
    "中等职业教育",
    "大学专科",
    "大学本科",
    "硕士研究生",
    "博士研究生",
)
OCCUPATIONS = (
    "学生",
    "国有企业职工",
    "非公企业职工",
    "机关事业单位职工",
    "社会组织员工",
    "教职工",
    "农民",
    "进城务工青年",
    "自由职业者",
    "无固定职业",
    "其他",
)
LEAGUE_POSTS = (
    "书记",
    "副书记",
    "组织委员",
    "宣传委员",
    "文体委员",
    "生产委员",
    "权益委员",
    "团小组长",
    "其他",
)
INCOME_BANDS = ("2000元及以下", "2000-5000元", "5000-8000元", "8000-10000元", "10000元以上")
MEMBER_STATUSES = ("正常", "转出", "超龄离团", "自愿退团", "自行脱团", "开除团籍")
DISCIPLINE_LEVELS = ("警告", "严重警告", "撤销团内职务", "留团察看", "开除团籍")


@dataclass(frozen=True)
class Field:
    key: str  # column in the members table
    label: str  # the national label, as 智慧团建 and secretaries write it
    kind: Kind
    choices: tuple[str, ...] = ()
    required: bool = False


MEMBER_FIELDS: tuple[Field, ...] = (
    Field("name", "姓名", Kind.TEXT, required=True),
    Field("id_type", "证件类型", Kind.CHOICE, ID_TYPES),
    Field("id_number", "公民身份号码", Kind.ID_NUMBER, required=True),
    Field("sex", "性别", Kind.CHOICE, SEXES, required=True),
    Field("ethnicity", "民族", Kind.CHOICE, ETHNICITIES),
    Field("birth_date", "出生日期", Kind.DATE, required=True),
    Field("political_status", "政治面貌", Kind.CHOICE, POLITICAL_STATUSES, required=True),
    Field("joined_on", "入团年月", Kind.MONTH, required=True),
    Field("development_no", "发展团员编号", Kind.TEXT),
    Field("card_no", "团员证号", Kind.TEXT),
    Field("fulltime_education", "全日制学历", Kind.CHOICE, EDUCATION_LEVELS),
    Field("highest_education", "最高学历", Kind.CHOICE, EDUCATION_LEVELS),
    Field("occupation", "职业", Kind.CHOICE, OCCUPATIONS),
    Field("workplace", "学习工作单位", Kind.TEXT),
    Field("phone", "手机号码", Kind.PHONE),
    Field("email", "电子邮箱", Kind.EMAIL),
    Field("household_registration", "户籍所在地", Kind.TEXT),
    Field("group_id", "团小组", Kind.GROUP),
    Field("league_post", "团内职务", Kind.CHOICE, LEAGUE_POSTS),
    Field("post_since", "任现职年月", Kind.MONTH),
    Field("is_cadre", "是否团干部", Kind.BOOL),
    Field("party_joined_on", "入党年月", Kind.MONTH),
    Field("volunteer_registered_on", "注册志愿者时间", Kind.MONTH),
    Field("income_band", "收入档", Kind.CHOICE, INCOME_BANDS),
    Field("notes", "备注", Kind.TEXT),
)

FIELDS_BY_KEY = {f.key: f for f in MEMBER_FIELDS}


def label(key: str) -> str:
    return FIELDS_BY_KEY[key].label


# Names for what is not a member field but appears in history, forms and messages.
RECORD_LABELS = {
    "branch_id": "所在支部",
    "status": "团籍状态",
    "status_since": "状态变更日期",
    "created": "新建记录",
    "discipline": "处分",
    "effective_on": "生效日期",
    "reason": "原因",
    "decided_by": "决定会议或批准机关",
    "destination": "转往组织",
    "origin": "转出组织",
    "level": "处分种类",
    "decided_on": "处分日期",
    "lifted_on": "解除日期",
    "group_name": "团小组名称",
    "evaluation": "团员教育评议",
    "evaluation_talk": "评议后谈话",
    "registration": "团籍注册",
    "recommendation": "推优入党",
}


def field_label(key: str) -> str:
    """The label of a member field or of a record/form key; the key itself when unknown."""
    if key in FIELDS_BY_KEY:
        return FIELDS_BY_KEY[key].label
    return RECORD_LABELS.get(key, key)
