/* bd-print-review.c — the household policy review sheet (家庭保单检视表), handed to a family
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The sheet is a Chinese document handed across a counter in mainland China: its words
 * are printed data, the same whatever language the desk's interface is in, so none of
 * them is marked for translation (the card's own labels, bd_*_get_label(), would follow
 * the interface and print English on an English desk).
 *
 * It is laid out as a flow: a list of items (the title, section headings, table rows,
 * paragraphs), each measured once, then cut into A4 pages. A table cut by a page break
 * repeats its heading, marked 续, and its header row on the next page; a heading never
 * ends a page. Counting the pages and drawing one builds the same flow, so they agree. */

#define G_LOG_DOMAIN "bd-print-review"

#include "config.h"

#include "bd-print-review.h"

#include "bd-beneficiary.h"
#include "bd-customer.h"
#include "bd-household.h"
#include "bd-policy.h"
#include "bd-policy-rules.h"

#include <string.h>

/* Sizes in points. */
#define TITLE_SIZE          20.0
#define INFO_SIZE           9.0
#define HEADING_SIZE        11.0
#define TABLE_SIZE          8.0
#define TEXT_SIZE           9.0
#define NOTE_SIZE           8.0
#define NOTE_ABOVE          8.0
#define CHROME_SIZE         7.5
#define CELL_PAD_X          3.0
/* The smallest a policy number is set to keep it on one line (5 pt is still legible). */
#define MIN_WHOLE_SIZE      5.0
#define CELL_PAD_Y          2.5
#define HEADING_ABOVE       12.0
#define HEADING_BELOW       5.0
#define PARAGRAPH_GAP       3.0
#define TITLE_LINE_GAP      4.0
#define RULE_WIDTH          0.4
#define FOOTER_HEIGHT       20.0
#define RUNNING_HEAD_HEIGHT 22.0
#define HEADER_GREY         0.88
#define CHROME_GREY         0.35

/* Tables */

typedef struct
{
  const char *title;
  double      share;     /* of the text width */
  gboolean    numeric;   /* right-aligned */
  gboolean    whole;     /* never wraps (a policy number): set smaller to fit instead */
} Column;

typedef struct
{
  const Column *columns;
  guint         n_columns;
} Table;

static const Column member_columns[] = {
  { "姓名", 0.19, FALSE }, { "与户主关系", 0.15, FALSE }, { "性别", 0.09, FALSE },
  { "年龄", 0.09, TRUE }, { "作为投保人", 0.16, TRUE }, { "作为被保险人", 0.16, TRUE },
  { "作为受益人", 0.16, TRUE },
};
static const Table member_table = { member_columns, G_N_ELEMENTS (member_columns) };

static const Column cover_columns[] = {
  { "成员", 0.16, FALSE }, { "寿险", 0.13, TRUE }, { "重疾", 0.13, TRUE },
  { "医疗", 0.13, TRUE }, { "意外", 0.13, TRUE }, { "年金", 0.13, TRUE },
  { "年交保费", 0.19, TRUE },
};
static const Table cover_table = { cover_columns, G_N_ELEMENTS (cover_columns) };

static const Column policy_columns[] = {
  { "产品", 0.13, FALSE }, { "保单号", 0.14, FALSE, TRUE }, { "投保人", 0.07, FALSE },
  { "被保险人", 0.08, FALSE }, { "受益人（份额）", 0.14, FALSE }, { "保额（元）", 0.10, TRUE },
  { "保费（元）", 0.12, TRUE }, { "下次交费日", 0.11, FALSE }, { "状态", 0.11, FALSE },
};
static const Table policy_table = { policy_columns, G_N_ELEMENTS (policy_columns) };

static const Column due_columns[] = {
  { "日期", 0.13, FALSE }, { "事项", 0.17, FALSE }, { "产品", 0.22, FALSE },
  { "保单号", 0.17, FALSE, TRUE }, { "被保险人", 0.13, FALSE }, { "金额（元）", 0.18, TRUE },
};
static const Table due_table = { due_columns, G_N_ELEMENTS (due_columns) };

/* Words of the domain as a Chinese form prints them. */

static const char * const relation_words[] = {
  [BD_RELATION_SELF] = "户主",
  [BD_RELATION_SPOUSE] = "配偶",
  [BD_RELATION_CHILD] = "子女",
  [BD_RELATION_PARENT] = "父母",
  [BD_RELATION_GRANDPARENT] = "祖父母/外祖父母",
  [BD_RELATION_GRANDCHILD] = "孙子女/外孙子女",
  [BD_RELATION_SIBLING] = "兄弟姐妹",
  [BD_RELATION_CHILD_IN_LAW] = "子女配偶",
  [BD_RELATION_PARENT_IN_LAW] = "配偶父母",
  [BD_RELATION_OTHER] = "其他",
};

static const char * const product_words[] = {
  [BD_PRODUCT_LIFE] = "寿险",
  [BD_PRODUCT_CRITICAL_ILLNESS] = "重大疾病保险",
  [BD_PRODUCT_MEDICAL] = "医疗保险",
  [BD_PRODUCT_ACCIDENT] = "意外伤害保险",
  [BD_PRODUCT_ANNUITY] = "年金保险",
  [BD_PRODUCT_PARTICIPATING] = "分红保险",
  [BD_PRODUCT_UNIVERSAL] = "万能保险",
  [BD_PRODUCT_UNIT_LINKED] = "投资连结保险",
};

static const char * const status_words[] = {
  [BD_POLICY_IN_FORCE] = "有效",
  [BD_POLICY_GRACE] = "宽限期",
  [BD_POLICY_LAPSED] = "失效（中止）",
  [BD_POLICY_SURRENDERED] = "退保",
  [BD_POLICY_MATURED] = "满期",
  [BD_POLICY_CLAIM_TERMINATED] = "理赔终止",
  [BD_POLICY_COOLING_OFF_CANCELLED] = "犹豫期撤单",
};

static const char * const frequency_words[] = {
  [BD_FREQUENCY_SINGLE] = "趸交",
  [BD_FREQUENCY_ANNUAL] = "年交",
  [BD_FREQUENCY_SEMIANNUAL] = "半年交",
  [BD_FREQUENCY_QUARTERLY] = "季交",
  [BD_FREQUENCY_MONTHLY] = "月交",
};

static const char * const due_words[] = {
  [BD_DUE_PREMIUM] = "交纳保费",
  [BD_DUE_MATURITY] = "满期给付",
  [BD_DUE_SURVIVAL_BENEFIT] = "生存金给付",
};

/* What each service opening suggests to the family; each %s is filled by fill_in(): the
 * opening's date, or the need, cover and gap of the protection gap. */
static const char * const suggestion_words[] = {
  [BD_OPENING_NO_BENEFICIARY] = "身故保险金未指定受益人，将按法定继承人分配，建议指定受益人",
  [BD_OPENING_DOCUMENT_EXPIRED] = "身份证件已于 %s 过期，请携带新证件办理客户资料变更",
  [BD_OPENING_DOCUMENT_EXPIRING] = "身份证件将于 %s 到期，换证后请及时办理客户资料变更",
  [BD_OPENING_PHONE_MISSING] = "尚未登记手机号码，建议补充，以便接收保单服务通知",
  [BD_OPENING_PHONE_INVALID] = "登记的手机号码有误，建议更正",
  [BD_OPENING_PREMIUM_IN_GRACE] = "%s 应交的保险费尚未交纳，现处于宽限期内，请尽快交费以免保单失效",
  [BD_OPENING_LAPSED] = "%s 起未交保险费，保单已失效（中止），失效两年内可申请恢复效力",
  [BD_OPENING_DIFFICULT_CASE] = "我们多次未能与您取得联系，请核对并更新您的联系方式",
  [BD_OPENING_SURVIVAL_BENEFIT_DUE] = "生存保险金将于 %s 给付，请确认领取方式和账户",
  [BD_OPENING_MATURITY_DUE] = "保单将于 %s 满期，请准备办理满期给付",
  [BD_OPENING_NO_SERVICING_STAFF] = "保单暂无服务人员，我们将为您安排专人服务",
  [BD_OPENING_SPLIT_SERVICING] = "家庭保单由多位服务人员分别服务，建议统一由一位服务人员为全家服务",
  [BD_OPENING_PROTECTION_GAP] = "家庭寿险保障需求约 %s 元，现有寿险保额 %s 元，缺口约 %s 元，建议补充保障",
};

static const char *
word (const char * const *words,
      guint               n_words,
      guint               value)
{
  return value < n_words && words[value] != NULL ? words[value] : "—";
}

#define WORD(words, value) word (words, G_N_ELEMENTS (words), (guint) (value))

/* Formatting */

/* An amount cell: whole yuan without ".00" (sums insured always are), or a dash for none. */
static char *
format_amount_or_dash (gint64 fen)
{
  return fen == 0 ? g_strdup ("—") : bd_format_fen_whole (fen);
}

/* "2026 年 11 月 22 日" */
static char *
format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("—");
  return g_strdup_printf ("%d 年 %d 月 %d 日", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static char *
format_iso (const GDate *date)
{
  char buffer[BD_ISO_DATE_SIZE];

  return g_strdup (bd_date_format_iso (date, buffer));
}

/* The name of a customer: the one the record carries, else the member's. */
static const char *
person_name (const BdReviewSheet *sheet,
             gint64               customer_id,
             const char          *given)
{
  BdHouseholdMember *member;

  if (given != NULL && *given != '\0')
    return given;
  member = bd_household_find_member (bd_household_card_get_household (sheet->card), customer_id);
  return bd_or_dash (member != NULL
                  ? bd_customer_get_name (bd_household_member_get_customer (member)) : NULL);
}

static char *
household_name (const BdReviewSheet *sheet)
{
  BdHousehold *household = bd_household_card_get_household (sheet->card);
  const char *name = bd_household_get_name (household);
  BdCustomer *head;

  if (name != NULL && *name != '\0')
    return g_strdup (name);
  if (bd_household_card_get_n_members (sheet->card) == 0)
    return g_strdup ("家庭");
  head = bd_household_member_get_customer (bd_household_card_get_member (sheet->card, 0));
  return g_strdup_printf ("%s家庭", bd_or_dash (bd_customer_get_name (head)));
}

/* The household's servicing staff member, as the card names them: the one the household
 * is assigned to, else the one who services most of its policies. The family is told whom
 * to ask, and that is not whoever happened to print the sheet. */
static const char *
servicing_staff_name (const BdReviewSheet *sheet)
{
  BdHouseholdCard *card = sheet->card;
  gint64 assigned = bd_household_get_servicing_staff_id (bd_household_card_get_household (card));
  guint n = bd_household_card_get_n_servicing_staff (card);

  for (guint i = 0; i < n; i++)
    {
      if (bd_household_card_get_servicing_staff_id (card, i) == assigned)
        return bd_household_card_get_servicing_staff_name (card, i);
    }
  return n > 0 ? bd_household_card_get_servicing_staff_name (card, 0) : NULL;
}

static char *
company_line (const BdReviewSheet *sheet)
{
  return g_strjoin (" ", sheet->company != NULL ? sheet->company : "",
                    sheet->branch != NULL ? sheet->branch : "", NULL);
}

/* The flow */

typedef enum
{
  ITEM_TITLE,     /* the head of the first page: title, household, company, date */
  ITEM_HEADING,   /* a section's heading */
  ITEM_HEADER,    /* a table's header row */
  ITEM_ROW,
  ITEM_TOTAL,     /* a table's last row, in bold */
  ITEM_TEXT,      /* a paragraph */
} ItemKind;

typedef struct
{
  ItemKind     kind;
  const Table *table;      /* of a header or a row */
  GPtrArray   *layouts;    /* PangoLayout: one per cell, or per line */
  char        *text;       /* a heading's words, to repeat them marked 续 */
  double       above;      /* space above a paragraph, in its height */
  double       height;
  guint        heading;    /* the item of the section's heading */
  guint        header;     /* the item of the table's header row */
} Item;

typedef struct
{
  const BdReviewSheet *sheet;
  cairo_t             *cr;
  double               width;     /* of the text, in points */
  double               height;    /* of the page */
  GArray              *items;     /* Item */
  guint                heading;
  guint                header;
} Flow;

typedef struct
{
  guint first;
  guint end;
} Span;

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_pointer (&item->layouts, g_ptr_array_unref);
  g_clear_pointer (&item->text, g_free);
}

static Item *
flow_add (Flow        *flow,
          ItemKind     kind,
          const Table *table)
{
  Item item = { kind, table, g_ptr_array_new_with_free_func (g_object_unref), NULL, 0.0, 0.0,
                flow->heading, flow->header };

  if (kind == ITEM_HEADING)
    item.heading = flow->heading = flow->items->len;
  if (kind == ITEM_HEADER)
    item.header = flow->header = flow->items->len;
  g_array_append_val (flow->items, item);
  return &g_array_index (flow->items, Item, flow->items->len - 1);
}

static PangoLayout *
add_layout (Flow           *flow,
            Item           *item,
            BdPrintFont     font,
            double          size,
            double          width,
            PangoAlignment  align,
            const char     *text)
{
  PangoLayout *layout = bd_print_layout_new (flow->cr, font, size, width, align);

  pango_layout_set_text (layout, text, -1);
  g_ptr_array_add (item->layouts, layout);
  return layout;
}

static void
add_heading (Flow       *flow,
             const char *text)
{
  Item *item = flow_add (flow, ITEM_HEADING, NULL);
  PangoLayout *layout = add_layout (flow, item, BD_PRINT_FONT_SANS_BOLD, HEADING_SIZE, 0.0,
                                    PANGO_ALIGN_LEFT, text);

  item->text = g_strdup (text);
  item->height = HEADING_ABOVE + bd_print_layout_get_height (layout) + HEADING_BELOW;
}

static void
add_text (Flow       *flow,
          const char *text,
          double      size,
          double      above)
{
  Item *item = flow_add (flow, ITEM_TEXT, NULL);
  PangoLayout *layout = add_layout (flow, item, BD_PRINT_FONT_SANS, size, flow->width,
                                    PANGO_ALIGN_LEFT, text);

  item->above = above;
  item->height = above + bd_print_layout_get_height (layout) + PARAGRAPH_GAP;
}

static void
add_paragraph (Flow       *flow,
               const char *text)
{
  add_text (flow, text, TEXT_SIZE, 0.0);
}

/* One row of @table: @cells holds its texts (the column titles for a header). */
static void
add_row (Flow         *flow,
         const Table  *table,
         ItemKind      kind,
         const char  **cells)
{
  Item *item = flow_add (flow, kind, table);
  BdPrintFont font = kind == ITEM_ROW ? BD_PRINT_FONT_SANS : BD_PRINT_FONT_SANS_BOLD;
  double tallest = 0.0;

  for (guint i = 0; i < table->n_columns; i++)
    {
      const Column *column = &table->columns[i];
      PangoAlignment align = column->numeric && kind != ITEM_HEADER ? PANGO_ALIGN_RIGHT
                                                                    : PANGO_ALIGN_LEFT;
      double width = column->share * flow->width - 2 * CELL_PAD_X;
      PangoLayout *layout = add_layout (flow, item, font, TABLE_SIZE, width, align,
                                        bd_or_dash (cells[i]));

      /* A number cut in two reads as two numbers: it gets smaller until it fits. */
      for (double size = TABLE_SIZE - 0.5;
           column->whole && kind != ITEM_HEADER && size >= MIN_WHOLE_SIZE &&
           pango_layout_get_line_count (layout) > 1;
           size -= 0.5)
        {
          g_ptr_array_remove_index (item->layouts, item->layouts->len - 1);
          layout = add_layout (flow, item, font, size, width, align, bd_or_dash (cells[i]));
        }

      tallest = MAX (tallest, bd_print_layout_get_height (layout));
    }
  item->height = tallest + 2 * CELL_PAD_Y;
}

static void
add_header (Flow        *flow,
            const Table *table)
{
  g_autofree const char **titles = g_new0 (const char *, table->n_columns);

  for (guint i = 0; i < table->n_columns; i++)
    titles[i] = table->columns[i].title;
  add_row (flow, table, ITEM_HEADER, titles);
}

/* Adds a row from a GPtrArray of strings, and frees them. */
static void
add_owned_row (Flow        *flow,
               const Table *table,
               ItemKind     kind,
               GPtrArray   *cells)
{
  g_assert (cells->len == table->n_columns);

  add_row (flow, table, kind, (const char **) cells->pdata);
  g_ptr_array_unref (cells);
}

/* The sections */

static void
add_title (Flow *flow)
{
  const BdReviewSheet *sheet = flow->sheet;
  Item *item = flow_add (flow, ITEM_TITLE, NULL);
  g_autofree char *household = household_name (sheet);
  g_autofree char *company = company_line (sheet);
  g_autofree char *date = format_date (&sheet->date);
  g_autofree char *names = g_strdup_printf ("%s　　%s", household, company);
  g_autofree char *printed = g_strdup_printf ("打印日期：%s　　服务人员：%s", date,
                                              bd_or_dash (servicing_staff_name (sheet)));

  add_layout (flow, item, BD_PRINT_FONT_SERIF_BOLD, TITLE_SIZE, flow->width, PANGO_ALIGN_CENTER,
              "家庭保单检视表");
  add_layout (flow, item, BD_PRINT_FONT_SANS, INFO_SIZE, flow->width, PANGO_ALIGN_CENTER, names);
  add_layout (flow, item, BD_PRINT_FONT_SANS, INFO_SIZE, flow->width, PANGO_ALIGN_CENTER, printed);
  for (guint i = 0; i < item->layouts->len; i++)
    item->height += bd_print_layout_get_height (g_ptr_array_index (item->layouts, i))
                    + TITLE_LINE_GAP;
}

static const char *
sex_word (BdSex sex)
{
  return sex == BD_SEX_MALE ? "男" : sex == BD_SEX_FEMALE ? "女" : "—";
}

static char *
count_policies (guint n)
{
  return n == 0 ? g_strdup ("—") : g_strdup_printf ("%u 件", n);
}

static void
add_member_row (Flow  *flow,
                guint  member)
{
  BdHouseholdCard *card = flow->sheet->card;
  BdHouseholdMember *entry = bd_household_card_get_member (card, member);
  BdCustomer *customer = bd_household_member_get_customer (entry);
  int age = bd_household_card_get_member_age (card, member);
  guint held = 0, insured = 0, named = 0;
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);

  for (guint j = 0; j < bd_household_card_get_n_policies (card); j++)
    {
      BdPartyRoles roles = bd_household_card_get_roles (card, member, j, NULL);

      held += (roles & BD_PARTY_POLICYHOLDER) != 0;
      insured += (roles & BD_PARTY_INSURED) != 0;
      named += (roles & BD_PARTY_BENEFICIARY) != 0;
    }
  g_ptr_array_add (cells, g_strdup (bd_or_dash (bd_customer_get_name (customer))));
  g_ptr_array_add (cells, g_strdup (WORD (relation_words,
                                          bd_household_member_get_relation (entry))));
  g_ptr_array_add (cells, g_strdup (sex_word (bd_customer_get_sex (customer))));
  g_ptr_array_add (cells, age < 0 ? g_strdup ("—") : g_strdup_printf ("%d 岁", age));
  g_ptr_array_add (cells, count_policies (held));
  g_ptr_array_add (cells, count_policies (insured));
  g_ptr_array_add (cells, count_policies (named));
  add_owned_row (flow, &member_table, ITEM_ROW, cells);
}

static void
add_members (Flow *flow)
{
  add_heading (flow, "一、家庭成员");
  add_header (flow, &member_table);
  for (guint i = 0; i < bd_household_card_get_n_members (flow->sheet->card); i++)
    add_member_row (flow, i);
}

static void
add_cover_row (Flow       *flow,
               const char *name,
               gint64      cover[BD_N_COVER_KINDS],
               gint64      premium,
               ItemKind    kind)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (cells, g_strdup (name));
  for (guint k = 0; k < BD_N_COVER_KINDS; k++)
    g_ptr_array_add (cells, format_amount_or_dash (cover[k]));
  g_ptr_array_add (cells, format_amount_or_dash (premium));
  add_owned_row (flow, &cover_table, kind, cells);
}

static void
add_cover (Flow *flow)
{
  BdHouseholdCard *card = flow->sheet->card;
  gint64 total[BD_N_COVER_KINDS] = { 0, };

  add_heading (flow, "二、保障与保费（保额、年交保费，单位：元）");
  add_header (flow, &cover_table);
  for (guint i = 0; i < bd_household_card_get_n_members (card); i++)
    {
      BdHouseholdMember *member = bd_household_card_get_member (card, i);
      BdCustomer *customer = bd_household_member_get_customer (member);
      gint64 cover[BD_N_COVER_KINDS];

      for (guint k = 0; k < BD_N_COVER_KINDS; k++)
        {
          cover[k] = bd_household_card_get_cover (card, i, k);
          total[k] += cover[k];
        }
      add_cover_row (flow, bd_or_dash (bd_customer_get_name (customer)), cover,
                     bd_household_card_get_annual_premium (card, i), ITEM_ROW);
    }
  add_cover_row (flow, "合计", total, bd_household_card_get_total_annual_premium (card),
                 ITEM_TOTAL);
}

/* The designations, one per line: "李秀英 100%", "王小明 100%（第 2 顺序）", "生存金：张桂兰". */
static char *
describe_beneficiaries (const BdReviewSheet *sheet,
                        BdPolicy            *policy)
{
  GListModel *list = bd_policy_get_beneficiaries (policy);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BdBeneficiary) b = g_list_model_get_item (list, i);
      g_autofree char *share = bd_format_share (bd_beneficiary_get_share (b));
      const char *name = bd_beneficiary_get_legal_heirs (b) ? "法定继承人"
                         : person_name (sheet, bd_beneficiary_get_customer_id (b),
                                        bd_beneficiary_get_name (b));

      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (bd_beneficiary_get_kind (b) == BD_BENEFICIARY_SURVIVAL)
        g_string_append_printf (text, "生存金：%s", name);
      else if (bd_beneficiary_get_rank (b) > 1)
        g_string_append_printf (text, "%s %s（第 %u 顺序）", name, share,
                                bd_beneficiary_get_rank (b));
      else
        g_string_append_printf (text, "%s %s", name, share);
    }
  /* Nobody named: the benefit goes to the legal heirs. */
  if (text->len == 0)
    g_string_append (text, "法定");
  return g_string_free (text, FALSE);
}

static const char *
product_name (BdPolicy *policy)
{
  const char *name = bd_policy_get_product_name (policy);

  return name != NULL && *name != '\0' ? name
                                       : WORD (product_words, bd_policy_get_product_kind (policy));
}

static void
add_policy_row (Flow     *flow,
                BdPolicy *policy)
{
  const BdReviewSheet *sheet = flow->sheet;
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *premium = bd_format_fen_whole (bd_policy_get_premium (policy));

  g_ptr_array_add (cells, g_strdup (product_name (policy)));
  g_ptr_array_add (cells, g_strdup (bd_or_dash (bd_policy_get_number (policy))));
  g_ptr_array_add (cells, g_strdup (person_name (sheet, bd_policy_get_policyholder_id (policy),
                                                 bd_policy_get_policyholder_name (policy))));
  g_ptr_array_add (cells, g_strdup (person_name (sheet, bd_policy_get_insured_id (policy),
                                                 bd_policy_get_insured_name (policy))));
  g_ptr_array_add (cells, describe_beneficiaries (sheet, policy));
  g_ptr_array_add (cells, bd_format_fen_whole (bd_policy_get_sum_insured (policy)));
  g_ptr_array_add (cells, g_strdup_printf ("%s %s", premium, WORD (frequency_words,
                                                                   bd_policy_get_frequency (policy))));
  g_ptr_array_add (cells, g_strdup (bd_or_dash (bd_policy_get_next_due_date (policy))));
  g_ptr_array_add (cells, g_strdup (WORD (status_words, bd_policy_get_status (policy))));
  add_owned_row (flow, &policy_table, ITEM_ROW, cells);
}

static void
add_policies (Flow *flow)
{
  BdHouseholdCard *card = flow->sheet->card;

  add_heading (flow, "三、保单明细");
  if (bd_household_card_get_n_policies (card) == 0)
    {
      add_paragraph (flow, "本家庭暂无保单。");
      return;
    }
  add_header (flow, &policy_table);
  for (guint j = 0; j < bd_household_card_get_n_policies (card); j++)
    add_policy_row (flow, bd_household_card_get_policy (card, j));
}

static void
add_due_row (Flow            *flow,
             const BdDueDate *due)
{
  const BdReviewSheet *sheet = flow->sheet;
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  gboolean premium = due->kind == BD_DUE_PREMIUM;
  gboolean in_grace = premium && bd_policy_get_status (due->policy) == BD_POLICY_GRACE;

  g_ptr_array_add (cells, format_iso (&due->date));
  g_ptr_array_add (cells, in_grace ? g_strdup ("交纳保费（宽限期内）")
                                   : g_strdup (WORD (due_words, due->kind)));
  g_ptr_array_add (cells, g_strdup (product_name (due->policy)));
  g_ptr_array_add (cells, g_strdup (bd_or_dash (bd_policy_get_number (due->policy))));
  g_ptr_array_add (cells, g_strdup (person_name (sheet, bd_policy_get_insured_id (due->policy),
                                                 bd_policy_get_insured_name (due->policy))));
  g_ptr_array_add (cells, format_amount_or_dash (due->amount));
  add_owned_row (flow, &due_table, ITEM_ROW, cells);
}

static void
add_dues (Flow *flow)
{
  GArray *dues = bd_household_card_get_due_dates (flow->sheet->card);
  guint horizon = bd_household_card_get_due_horizon (flow->sheet->card);
  g_autofree char *heading = g_strdup_printf ("四、近 %u 天到期事项", horizon);
  g_autofree char *none = g_strdup_printf ("近 %u 天内没有到期事项。", horizon);
  gboolean any = FALSE;

  add_heading (flow, heading);
  for (guint i = 0; dues != NULL && i < dues->len; i++)
    {
      const BdDueDate *due = &g_array_index (dues, BdDueDate, i);

      /* The card's window, seen from the day the sheet is dated: up to its horizon ahead,
       * and what is already due until it is settled (bd-policy-rules.h). */
      if (!bd_premium_due_within (&due->date, &flow->sheet->date, horizon))
        continue;
      if (!any)
        add_header (flow, &due_table);
      any = TRUE;
      add_due_row (flow, due);
    }
  if (!any)
    add_paragraph (flow, none);
}

/* @template with each %s replaced by the next of @values (NULL-terminated): the
 * templates are data, and a printf format that is not a literal cannot be checked. */
static char *
fill_in (const char         *template,
         const char * const *values)
{
  g_auto(GStrv) parts = g_strsplit (template, "%s", -1);
  GString *text = g_string_new (parts[0]);

  for (guint i = 1; parts[i] != NULL; i++)
    {
      g_string_append (text, *values != NULL ? *values++ : "");
      g_string_append (text, parts[i]);
    }
  return g_string_free (text, FALSE);
}

static char *
gap_suggestion (const BdReviewSheet *sheet)
{
  gint64 need = 0, cover = 0, gap = 0;
  g_autofree char *need_text = NULL, *cover_text = NULL, *gap_text = NULL;

  bd_household_card_get_protection_gap (sheet->card, &need, &cover, &gap);
  need_text = bd_format_fen_whole (need);
  cover_text = bd_format_fen_whole (cover);
  gap_text = bd_format_fen_whole (gap);
  return fill_in (suggestion_words[BD_OPENING_PROTECTION_GAP],
                  (const char *[]) { need_text, cover_text, gap_text, NULL });
}

/* "王建国，鸿福终身寿险（保单号 P-11）：身故保险金未指定受益人……。" */
static char *
describe_opening (const BdReviewSheet *sheet,
                  const BdOpening     *opening,
                  guint                number)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *date = format_date (&opening->date);
  g_autofree char *what = NULL;

  g_string_append_printf (text, "%u. ", number);
  if (opening->member != NULL)
    g_string_append (text, bd_or_dash (bd_customer_get_name (opening->member)));
  if (opening->policy != NULL)
    g_string_append_printf (text, "%s%s（保单号 %s）", opening->member != NULL ? "，" : "",
                            product_name (opening->policy),
                            bd_or_dash (bd_policy_get_number (opening->policy)));
  if (opening->member != NULL || opening->policy != NULL)
    g_string_append (text, "：");
  if (opening->kind == BD_OPENING_PROTECTION_GAP)
    what = gap_suggestion (sheet);
  else
    what = fill_in (WORD (suggestion_words, opening->kind), (const char *[]) { date, NULL });
  g_string_append_printf (text, "%s。", what);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_suggestions (Flow *flow)
{
  GArray *openings = bd_household_card_get_openings (flow->sheet->card);

  add_heading (flow, "五、服务建议");
  if (openings == NULL || openings->len == 0)
    add_paragraph (flow, "暂无服务建议。");
  for (guint i = 0; openings != NULL && i < openings->len; i++)
    {
      const BdOpening *opening = &g_array_index (openings, BdOpening, i);
      g_autofree char *text = describe_opening (flow->sheet, opening, i + 1);

      add_paragraph (flow, text);
    }
}

static void
add_closing (Flow *flow)
{
  g_autofree char *date = format_date (&flow->sheet->date);
  g_autofree char *text = g_strdup_printf ("本表根据 %s 的保单记录整理，仅供参考，保险责任以保险合同"
                                           "为准。如有疑问，请联系服务人员%s。", date,
                                           bd_or_dash (servicing_staff_name (flow->sheet)));

  add_text (flow, text, NOTE_SIZE, NOTE_ABOVE);
}

static void
flow_init (Flow                *flow,
           const BdReviewSheet *sheet,
           cairo_t             *cr)
{
  double page_width;

  bd_paper_size_get_points (BD_PAPER_A4, &page_width, &flow->height);
  flow->sheet = sheet;
  flow->cr = cr;
  flow->width = page_width - 2 * BD_PRINT_DEFAULT_MARGIN;
  flow->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (flow->items, item_clear);
  flow->heading = flow->header = G_MAXUINT;

  add_title (flow);
  add_members (flow);
  add_cover (flow);
  add_policies (flow);
  add_dues (flow);
  add_suggestions (flow);
  add_closing (flow);
}

static void
flow_clear (Flow *flow)
{
  g_clear_pointer (&flow->items, g_array_unref);
}

static const Item *
flow_item (const Flow *flow,
           guint       i)
{
  return &g_array_index (flow->items, Item, i);
}

/* Pagination */

static double
page_top (guint page)
{
  return BD_PRINT_DEFAULT_MARGIN + (page > 0 ? RUNNING_HEAD_HEIGHT : 0.0);
}

static double
page_bottom (const Flow *flow)
{
  return flow->height - BD_PRINT_DEFAULT_MARGIN - FOOTER_HEIGHT;
}

static gboolean
continues_table (const Item *item)
{
  return (item->kind == ITEM_ROW || item->kind == ITEM_TOTAL) && item->header != G_MAXUINT;
}

/* What a page starting with @item repeats above it: the heading and the header row. */
static double
continuation_height (const Flow *flow,
                     const Item *item)
{
  if (!continues_table (item))
    return 0.0;
  return flow_item (flow, item->heading)->height + flow_item (flow, item->header)->height;
}

/* A heading goes with what follows it, a header row with the first row. */
static double
chain_height (const Flow *flow,
              guint       i)
{
  double height = flow_item (flow, i)->height;

  while (i + 1 < flow->items->len
         && (flow_item (flow, i)->kind == ITEM_HEADING || flow_item (flow, i)->kind == ITEM_HEADER))
    height += flow_item (flow, ++i)->height;
  return height;
}

static GArray *
paginate (const Flow *flow)
{
  GArray *pages = g_array_new (FALSE, FALSE, sizeof (Span));
  guint i = 0;

  while (i < flow->items->len)
    {
      Span span = { i, i };
      double room = page_bottom (flow) - page_top (pages->len)
                    - continuation_height (flow, flow_item (flow, i));

      /* The first item goes in whatever its size, so every page makes progress. */
      while (i < flow->items->len && (i == span.first || chain_height (flow, i) <= room))
        room -= flow_item (flow, i++)->height;
      span.end = i;
      g_array_append_val (pages, span);
    }
  return pages;
}

/* Drawing */

static void
draw_cells (const Flow *flow,
            const Item *item,
            double      y)
{
  cairo_t *cr = flow->cr;
  double x = BD_PRINT_DEFAULT_MARGIN;

  cairo_save (cr);
  cairo_set_line_width (cr, RULE_WIDTH);
  for (guint i = 0; i < item->table->n_columns; i++)
    {
      double width = item->table->columns[i].share * flow->width;

      cairo_rectangle (cr, x, y, width, item->height);
      if (item->kind == ITEM_HEADER || item->kind == ITEM_TOTAL)
        {
          cairo_set_source_rgb (cr, HEADER_GREY, HEADER_GREY, HEADER_GREY);
          cairo_fill_preserve (cr);
        }
      cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
      cairo_stroke (cr);
      bd_print_show_layout (cr, g_ptr_array_index (item->layouts, i), x + CELL_PAD_X,
                            y + CELL_PAD_Y);
      x += width;
    }
  cairo_restore (cr);
}

static void
draw_heading (const Flow  *flow,
              PangoLayout *layout,
              double       y)
{
  cairo_t *cr = flow->cr;
  double bottom = y + HEADING_ABOVE + bd_print_layout_get_height (layout) + HEADING_BELOW / 2;

  bd_print_show_layout (cr, layout, BD_PRINT_DEFAULT_MARGIN, y + HEADING_ABOVE);
  cairo_save (cr);
  cairo_set_line_width (cr, RULE_WIDTH * 2);
  cairo_move_to (cr, BD_PRINT_DEFAULT_MARGIN, bottom);
  cairo_rel_line_to (cr, flow->width, 0.0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_stack (const Flow *flow,
            const Item *item,
            double      y)
{
  for (guint i = 0; i < item->layouts->len; i++)
    {
      PangoLayout *layout = g_ptr_array_index (item->layouts, i);

      bd_print_show_layout (flow->cr, layout, BD_PRINT_DEFAULT_MARGIN, y);
      y += bd_print_layout_get_height (layout) + TITLE_LINE_GAP;
    }
}

static void
draw_item (const Flow *flow,
           const Item *item,
           double      y)
{
  switch (item->kind)
    {
    case ITEM_TITLE:
    case ITEM_TEXT:
      draw_stack (flow, item, y + item->above);
      break;
    case ITEM_HEADING:
      draw_heading (flow, g_ptr_array_index (item->layouts, 0), y);
      break;
    case ITEM_HEADER:
    case ITEM_ROW:
    case ITEM_TOTAL:
      draw_cells (flow, item, y);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The heading again, marked 续, and the header row; returns where the rows go on. */
static double
draw_continuation (const Flow *flow,
                   const Item *row,
                   double      y)
{
  const Item *heading = flow_item (flow, row->heading);
  g_autofree char *text = g_strconcat (heading->text, "（续）", NULL);
  g_autoptr(PangoLayout) layout = bd_print_layout_new (flow->cr, BD_PRINT_FONT_SANS_BOLD,
                                                       HEADING_SIZE, 0.0, PANGO_ALIGN_LEFT);

  pango_layout_set_text (layout, text, -1);
  draw_heading (flow, layout, y);
  y += heading->height;
  draw_item (flow, flow_item (flow, row->header), y);
  return y + flow_item (flow, row->header)->height;
}

/* A line of small grey text across the page at @y: left, centre, right. */
static void
draw_chrome_line (const Flow *flow,
                  double      y,
                  const char *left,
                  const char *centre,
                  const char *right)
{
  const char *texts[] = { left, centre, right };
  const PangoAlignment aligns[] = { PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER, PANGO_ALIGN_RIGHT };

  cairo_save (flow->cr);
  cairo_set_source_rgb (flow->cr, CHROME_GREY, CHROME_GREY, CHROME_GREY);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != NULL)
      bd_print_text (flow->cr, BD_PRINT_FONT_SANS, CHROME_SIZE, BD_PRINT_DEFAULT_MARGIN, y,
                     flow->width, aligns[i], texts[i]);
  cairo_restore (flow->cr);
}

static void
draw_rule (const Flow *flow,
           double      y)
{
  cairo_save (flow->cr);
  cairo_set_source_rgb (flow->cr, CHROME_GREY, CHROME_GREY, CHROME_GREY);
  cairo_set_line_width (flow->cr, RULE_WIDTH);
  cairo_move_to (flow->cr, BD_PRINT_DEFAULT_MARGIN, y);
  cairo_rel_line_to (flow->cr, flow->width, 0.0);
  cairo_stroke (flow->cr);
  cairo_restore (flow->cr);
}

static void
draw_chrome (const Flow *flow,
             guint       page,
             guint       n_pages)
{
  g_autofree char *company = company_line (flow->sheet);
  g_autofree char *numbers = g_strdup_printf ("第 %u 页 / 共 %u 页", page + 1, n_pages);
  g_autofree char *date = format_date (&flow->sheet->date);
  g_autofree char *printed = g_strdup_printf ("打印日期：%s", date);
  double footer = page_bottom (flow) + FOOTER_HEIGHT / 2;

  draw_rule (flow, footer - 3.0);
  draw_chrome_line (flow, footer, company, numbers, printed);
  if (page > 0)
    {
      g_autofree char *household = household_name (flow->sheet);

      draw_chrome_line (flow, BD_PRINT_DEFAULT_MARGIN, "家庭保单检视表（续）", NULL, household);
      draw_rule (flow, BD_PRINT_DEFAULT_MARGIN + RUNNING_HEAD_HEIGHT / 2 + 2.0);
    }
}

static void
draw_flow_page (const Flow   *flow,
                const GArray *pages,
                guint         page)
{
  const Span *span = &g_array_index (pages, Span, page);
  double y = page_top (page);

  if (continues_table (flow_item (flow, span->first)))
    y = draw_continuation (flow, flow_item (flow, span->first), y);
  for (guint i = span->first; i < span->end; i++)
    {
      draw_item (flow, flow_item (flow, i), y);
      y += flow_item (flow, i)->height;
    }
  draw_chrome (flow, page, pages->len);
}

/* Public */

/**
 * bd_review_sheet_count_pages:
 * @sheet: what to print
 *
 * Returns: the A4 pages the sheet takes, at least 1
 */
guint
bd_review_sheet_count_pages (const BdReviewSheet *sheet)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  Flow flow;
  GArray *pages;
  guint n_pages;

  g_return_val_if_fail (sheet != NULL && BD_IS_HOUSEHOLD_CARD (sheet->card), 0);
  g_return_val_if_fail (g_date_valid (&sheet->date), 0);

  /* Measuring needs a cairo_t; text measures the same on any surface (see bd-print.c). */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  flow_init (&flow, sheet, cr);
  pages = paginate (&flow);
  n_pages = pages->len;
  g_array_unref (pages);
  flow_clear (&flow);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return n_pages;
}

/**
 * bd_review_sheet_draw_page:
 * @sheet: what to print
 * @page: the page, from 0
 * @cr: where to draw it, in points
 * @width: the page's width: an A4 page is scaled to fit
 * @height: its height
 */
void
bd_review_sheet_draw_page (const BdReviewSheet *sheet,
                           guint                page,
                           cairo_t             *cr,
                           double               width,
                           double               height)
{
  Flow flow;
  GArray *pages;
  double a4_width, a4_height;

  g_return_if_fail (sheet != NULL && BD_IS_HOUSEHOLD_CARD (sheet->card));
  g_return_if_fail (g_date_valid (&sheet->date));
  g_return_if_fail (cr != NULL);

  bd_paper_size_get_points (BD_PAPER_A4, &a4_width, &a4_height);
  cairo_save (cr);
  cairo_scale (cr, MIN (width / a4_width, height / a4_height),
               MIN (width / a4_width, height / a4_height));
  flow_init (&flow, sheet, cr);
  pages = paginate (&flow);
  if (page < pages->len)
    draw_flow_page (&flow, pages, page);
  else
    g_critical ("%s: page %u of %u", G_STRFUNC, page, pages->len);
  g_array_unref (pages);
  flow_clear (&flow);
  cairo_restore (cr);
}
