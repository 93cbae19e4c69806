#include "site/vocabulary.hpp"

namespace gongkai {

const char* const kDefaultIndexNumberPattern =
    "^([0-9A-Z]{8}[0-9X]|[0-9A-Z]{18}|[0-9]{7}-[0-9X])/([0-9]{4})-([0-9]{5})$";

const std::vector<std::string>& disclosure_values() {
  static const std::vector<std::string> v = {"主动公开", "依申请公开", "不予公开"};
  return v;
}

const std::vector<std::string>& validity_values() {
  static const std::vector<std::string> v = {"有效", "失效", "废止", "已修改", "尚未生效"};
  return v;
}

const std::string& canonical_genre(const std::string& genre) {
  auto alias = genre_aliases().find(genre);
  return alias == genre_aliases().end() ? genre : alias->second;
}

const std::map<std::string, std::string>& default_labels() {
  static const std::map<std::string, std::string> labels = {
      {"title", "信息名称"},
      {"index_number", "索引号"},
      {"doc_number", "文号"},
      {"keywords", "关键词"},
      {"issuer", "发布机构"},
      {"disclosure", "公开形式"},
      {"department", "责任部门"},
      {"date", "生成日期"},
      {"validity", "是否有效"},
      {"topic", "主题分类"},
      {"genre", "体裁分类"},
      {"summary", "内容概述"},
      {"published", "发布日期"},
      {"interprets", "原文件"},
      {"interpretations", "相关解读"},
      {"newest", "最新文件"},
      {"home", "首页"},
      {"site_code", "网站标识码"},
      {"qr_caption", "扫一扫在手机打开当前页面"},
      {"not_found", "页面不存在"},
      {"back_home", "返回首页"},
      {"count", "共收录文件 {count} 件"},
      {"skip_to_content", "跳到正文"},
      {"table", "表格"},
      {"attachments", "附件"},
      {"year", "年份"},
      {"validity_index", "有效性"},
      {"catalogue", "目录"},
      {"browse", "分类浏览"},
      {"menu", "栏目导航"},
      {"breadcrumb", "当前位置"},
      {"document", "正文"},
      {"prev_doc", "上一篇"},
      {"next_doc", "下一篇"},
      {"none", "无"},
      {"pagination", "分页"},
      {"first_page", "首页"},
      {"prev_page", "上一页"},
      {"next_page", "下一页"},
      {"last_page", "尾页"},
      {"page_of", "第 {page} 页，共 {pages} 页"},
      {"term_count", "共 {count} 件"},
      {"all_terms", "全部"},
      {"sub_topics", "下级分类"},
      {"yes", "是"},
      {"no", "否"},
      {"meta_details", "全部文件信息"},
      {"toc", "本文目录"},
      {"back_to_top", "返回顶部"},
      {"font_size", "字号"},
      {"font_large", "大"},
      {"font_medium", "中"},
      {"font_small", "小"},
      {"print", "打印本页"},
      {"copy_link", "复制本页链接"},
      {"link_copied", "已复制本页链接"},
      {"table_scrolls", "表格较宽，可左右滑动查看"},
  };
  return labels;
}

const std::vector<TopicBranch>& default_topic_tree() {
  static const std::vector<TopicBranch> tree = {
      {"国务院组织机构",
       {"国务院", "国务院办公厅", "国务院组成部门", "国务院直属特设机构", "国务院直属机构",
        "国务院办事机构", "国务院直属事业单位", "国务院部委管理的国家局", "国务院议事协调机构",
        "其他"}},
      {"综合政务",
       {"政务公开", "政务督查", "应急管理", "电子政务", "文秘工作", "保密工作", "信访",
        "参事、文史", "其他"}},
      {"国民经济管理、国有资产监管",
       {"宏观经济", "经济体制改革", "统计", "物价", "国有资产监管", "重大建设项目", "其他"}},
      {"财政、金融、审计",
       {"财政", "税务", "银行", "货币（含外汇）", "证券", "保险", "社会信用体系建设", "审计",
        "其他"}},
      {"国土资源、能源",
       {"土地", "矿产", "水资源", "海洋", "煤炭", "石油与天然气", "电力", "其他"}},
      {"农业、林业、水利", {"农业、畜牧业、渔业", "林业", "水利", "其他"}},
      {"工业、交通",
       {"机械制造与重工业", "轻工纺织", "化工", "国防工业", "航天、航空", "信息产业（含电信）",
        "公路", "水运", "铁路", "民航", "邮政", "其他"}},
      {"商贸、海关、旅游",
       {"对外经贸合作", "国内贸易（含供销）", "海关", "检验、检疫", "旅游", "其他"}},
      {"市场监管、安全生产监管",
       {"工商", "质量监督", "标准", "食品药品监管", "安全生产监管", "其他"}},
      {"城乡建设、环境保护",
       {"城市规划", "城乡建设（含住房）", "环境监测、保护与治理", "节能与资源综合利用",
        "气象、水文、测绘、地震", "其他"}},
      {"科技、教育", {"科技", "教育", "知识产权", "其他"}},
      {"文化、广电、新闻出版", {"文化", "文物", "新闻出版", "广播、电影、电视", "其他"}},
      {"卫生、体育", {"卫生", "医药管理", "体育", "其他"}},
      {"人口与计划生育、妇女儿童工作", {"人口与计划生育", "妇女儿童", "其他"}},
      {"劳动、人事、监察",
       {"劳动就业", "社会保障", "人事工作", "军转安置", "监察", "纠正行业不正之风", "其他"}},
      {"公安、安全、司法", {"公安", "国家安全", "司法", "其他"}},
      {"民政、扶贫、救灾",
       {"减灾救灾", "优抚安置", "社会福利", "行政区划与地名", "社团管理", "扶贫", "其他"}},
      {"民族、宗教", {"民族事务", "宗教事务"}},
      {"对外事务", {"外交、外事", "国际条约、国际组织", "其他"}},
      {"港澳台侨工作", {"港澳工作", "对台工作", "侨务工作"}},
      {"国防", {"国防建设", "国防动员"}},
      {"其他", {}},
  };
  return tree;
}

const std::vector<std::string>& default_genres() {
  static const std::vector<std::string> genres = {
      "决议",       "决定",     "命令（令）", "公报",     "公告",     "通告",     "意见", "通知",
      "通报",       "报告",     "请示",       "批复",     "议案",     "函",       "纪要", "规章",
      "规范性文件", "政策解读", "规划",       "计划总结", "统计数据", "办事指南", "其他"};
  return genres;
}

const std::map<std::string, std::string>& genre_aliases() {
  static const std::map<std::string, std::string> aliases = {{"会议纪要", "纪要"}};
  return aliases;
}

const std::vector<std::string>& builtin_taxonomy_keys() {
  static const std::vector<std::string> keys = {"issuer", "topic",    "genre",   "disclosure",
                                                "year",   "validity", "keywords"};
  return keys;
}

const std::string& catalogue_table_path() {
  static const std::string path = "catalogue";
  return path;
}

}  // namespace gongkai
