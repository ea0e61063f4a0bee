//! The words of the emails, in Project Fluent (`shared/domain/locales/<locale>/
//! <email>.ftl`, compiled in): the templates keep the layout, Fluent keeps
//! the words, with its plural rules and variables. A message missing in a
//! locale is looked up along the locale's fallback chain (pt-BR -> pt ->
//! en), so a text is never shown as its id.
//!
//! Variables named like an SES placeholder (`{ $order_date }`) come out as
//! that placeholder (`{{order_date}}`): SES fills them per destination.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Every Fluent file: (locale, email, source).
pub const SOURCES: &[(&str, &str, &str)] = &[
    (
        "en",
        "case_update",
        include_str!("../../locales/en/case_update.ftl"),
    ),
    (
        "en",
        "compliance_reminder",
        include_str!("../../locales/en/compliance_reminder.ftl"),
    ),
    (
        "en",
        "consumer_notice",
        include_str!("../../locales/en/consumer_notice.ftl"),
    ),
    (
        "en",
        "ledger_terms",
        include_str!("../../locales/en/ledger_terms.ftl"),
    ),
    (
        "en",
        "order_cancelled",
        include_str!("../../locales/en/order_cancelled.ftl"),
    ),
    (
        "en",
        "refund_buyer",
        include_str!("../../locales/en/refund_buyer.ftl"),
    ),
    (
        "en",
        "refund_seller",
        include_str!("../../locales/en/refund_seller.ftl"),
    ),
    (
        "en",
        "refund_settled",
        include_str!("../../locales/en/refund_settled.ftl"),
    ),
    (
        "en",
        "refund_terms",
        include_str!("../../locales/en/refund_terms.ftl"),
    ),
    (
        "en",
        "seller_common",
        include_str!("../../locales/en/seller_common.ftl"),
    ),
    (
        "en",
        "seller_notice",
        include_str!("../../locales/en/seller_notice.ftl"),
    ),
    (
        "en",
        "standing_changed",
        include_str!("../../locales/en/standing_changed.ftl"),
    ),
    (
        "en",
        "violation_recorded",
        include_str!("../../locales/en/violation_recorded.ftl"),
    ),
    (
        "ar",
        "case_update",
        include_str!("../../locales/ar/case_update.ftl"),
    ),
    (
        "ar",
        "compliance_reminder",
        include_str!("../../locales/ar/compliance_reminder.ftl"),
    ),
    (
        "ar",
        "consumer_notice",
        include_str!("../../locales/ar/consumer_notice.ftl"),
    ),
    (
        "ar",
        "order_cancelled",
        include_str!("../../locales/ar/order_cancelled.ftl"),
    ),
    (
        "ar",
        "seller_common",
        include_str!("../../locales/ar/seller_common.ftl"),
    ),
    (
        "ar",
        "seller_notice",
        include_str!("../../locales/ar/seller_notice.ftl"),
    ),
    (
        "bg",
        "case_update",
        include_str!("../../locales/bg/case_update.ftl"),
    ),
    (
        "bg",
        "compliance_reminder",
        include_str!("../../locales/bg/compliance_reminder.ftl"),
    ),
    (
        "bg",
        "consumer_notice",
        include_str!("../../locales/bg/consumer_notice.ftl"),
    ),
    (
        "bg",
        "order_cancelled",
        include_str!("../../locales/bg/order_cancelled.ftl"),
    ),
    (
        "bg",
        "seller_common",
        include_str!("../../locales/bg/seller_common.ftl"),
    ),
    (
        "bg",
        "seller_notice",
        include_str!("../../locales/bg/seller_notice.ftl"),
    ),
    (
        "cs",
        "case_update",
        include_str!("../../locales/cs/case_update.ftl"),
    ),
    (
        "cs",
        "compliance_reminder",
        include_str!("../../locales/cs/compliance_reminder.ftl"),
    ),
    (
        "cs",
        "consumer_notice",
        include_str!("../../locales/cs/consumer_notice.ftl"),
    ),
    (
        "cs",
        "order_cancelled",
        include_str!("../../locales/cs/order_cancelled.ftl"),
    ),
    (
        "cs",
        "seller_common",
        include_str!("../../locales/cs/seller_common.ftl"),
    ),
    (
        "cs",
        "seller_notice",
        include_str!("../../locales/cs/seller_notice.ftl"),
    ),
    (
        "da",
        "case_update",
        include_str!("../../locales/da/case_update.ftl"),
    ),
    (
        "da",
        "compliance_reminder",
        include_str!("../../locales/da/compliance_reminder.ftl"),
    ),
    (
        "da",
        "consumer_notice",
        include_str!("../../locales/da/consumer_notice.ftl"),
    ),
    (
        "da",
        "order_cancelled",
        include_str!("../../locales/da/order_cancelled.ftl"),
    ),
    (
        "da",
        "seller_common",
        include_str!("../../locales/da/seller_common.ftl"),
    ),
    (
        "da",
        "seller_notice",
        include_str!("../../locales/da/seller_notice.ftl"),
    ),
    (
        "de",
        "case_update",
        include_str!("../../locales/de/case_update.ftl"),
    ),
    (
        "de",
        "compliance_reminder",
        include_str!("../../locales/de/compliance_reminder.ftl"),
    ),
    (
        "de",
        "consumer_notice",
        include_str!("../../locales/de/consumer_notice.ftl"),
    ),
    (
        "de",
        "order_cancelled",
        include_str!("../../locales/de/order_cancelled.ftl"),
    ),
    (
        "de",
        "refund_buyer",
        include_str!("../../locales/de/refund_buyer.ftl"),
    ),
    (
        "de",
        "refund_seller",
        include_str!("../../locales/de/refund_seller.ftl"),
    ),
    (
        "de",
        "refund_settled",
        include_str!("../../locales/de/refund_settled.ftl"),
    ),
    (
        "de",
        "refund_terms",
        include_str!("../../locales/de/refund_terms.ftl"),
    ),
    (
        "de",
        "seller_common",
        include_str!("../../locales/de/seller_common.ftl"),
    ),
    (
        "de",
        "seller_notice",
        include_str!("../../locales/de/seller_notice.ftl"),
    ),
    (
        "el",
        "case_update",
        include_str!("../../locales/el/case_update.ftl"),
    ),
    (
        "el",
        "compliance_reminder",
        include_str!("../../locales/el/compliance_reminder.ftl"),
    ),
    (
        "el",
        "consumer_notice",
        include_str!("../../locales/el/consumer_notice.ftl"),
    ),
    (
        "el",
        "order_cancelled",
        include_str!("../../locales/el/order_cancelled.ftl"),
    ),
    (
        "el",
        "seller_common",
        include_str!("../../locales/el/seller_common.ftl"),
    ),
    (
        "el",
        "seller_notice",
        include_str!("../../locales/el/seller_notice.ftl"),
    ),
    (
        "es",
        "case_update",
        include_str!("../../locales/es/case_update.ftl"),
    ),
    (
        "es",
        "compliance_reminder",
        include_str!("../../locales/es/compliance_reminder.ftl"),
    ),
    (
        "es",
        "consumer_notice",
        include_str!("../../locales/es/consumer_notice.ftl"),
    ),
    (
        "es",
        "order_cancelled",
        include_str!("../../locales/es/order_cancelled.ftl"),
    ),
    (
        "es",
        "refund_buyer",
        include_str!("../../locales/es/refund_buyer.ftl"),
    ),
    (
        "es",
        "refund_seller",
        include_str!("../../locales/es/refund_seller.ftl"),
    ),
    (
        "es",
        "refund_settled",
        include_str!("../../locales/es/refund_settled.ftl"),
    ),
    (
        "es",
        "refund_terms",
        include_str!("../../locales/es/refund_terms.ftl"),
    ),
    (
        "es",
        "seller_common",
        include_str!("../../locales/es/seller_common.ftl"),
    ),
    (
        "es",
        "seller_notice",
        include_str!("../../locales/es/seller_notice.ftl"),
    ),
    (
        "et",
        "case_update",
        include_str!("../../locales/et/case_update.ftl"),
    ),
    (
        "et",
        "compliance_reminder",
        include_str!("../../locales/et/compliance_reminder.ftl"),
    ),
    (
        "et",
        "consumer_notice",
        include_str!("../../locales/et/consumer_notice.ftl"),
    ),
    (
        "et",
        "order_cancelled",
        include_str!("../../locales/et/order_cancelled.ftl"),
    ),
    (
        "et",
        "seller_common",
        include_str!("../../locales/et/seller_common.ftl"),
    ),
    (
        "et",
        "seller_notice",
        include_str!("../../locales/et/seller_notice.ftl"),
    ),
    (
        "fi",
        "case_update",
        include_str!("../../locales/fi/case_update.ftl"),
    ),
    (
        "fi",
        "compliance_reminder",
        include_str!("../../locales/fi/compliance_reminder.ftl"),
    ),
    (
        "fi",
        "consumer_notice",
        include_str!("../../locales/fi/consumer_notice.ftl"),
    ),
    (
        "fi",
        "order_cancelled",
        include_str!("../../locales/fi/order_cancelled.ftl"),
    ),
    (
        "fi",
        "seller_common",
        include_str!("../../locales/fi/seller_common.ftl"),
    ),
    (
        "fi",
        "seller_notice",
        include_str!("../../locales/fi/seller_notice.ftl"),
    ),
    (
        "fr",
        "case_update",
        include_str!("../../locales/fr/case_update.ftl"),
    ),
    (
        "fr",
        "compliance_reminder",
        include_str!("../../locales/fr/compliance_reminder.ftl"),
    ),
    (
        "fr",
        "consumer_notice",
        include_str!("../../locales/fr/consumer_notice.ftl"),
    ),
    (
        "fr",
        "order_cancelled",
        include_str!("../../locales/fr/order_cancelled.ftl"),
    ),
    (
        "fr",
        "refund_buyer",
        include_str!("../../locales/fr/refund_buyer.ftl"),
    ),
    (
        "fr",
        "refund_seller",
        include_str!("../../locales/fr/refund_seller.ftl"),
    ),
    (
        "fr",
        "refund_settled",
        include_str!("../../locales/fr/refund_settled.ftl"),
    ),
    (
        "fr",
        "refund_terms",
        include_str!("../../locales/fr/refund_terms.ftl"),
    ),
    (
        "fr",
        "seller_common",
        include_str!("../../locales/fr/seller_common.ftl"),
    ),
    (
        "fr",
        "seller_notice",
        include_str!("../../locales/fr/seller_notice.ftl"),
    ),
    (
        "ga",
        "case_update",
        include_str!("../../locales/ga/case_update.ftl"),
    ),
    (
        "ga",
        "compliance_reminder",
        include_str!("../../locales/ga/compliance_reminder.ftl"),
    ),
    (
        "ga",
        "consumer_notice",
        include_str!("../../locales/ga/consumer_notice.ftl"),
    ),
    (
        "ga",
        "order_cancelled",
        include_str!("../../locales/ga/order_cancelled.ftl"),
    ),
    (
        "ga",
        "seller_common",
        include_str!("../../locales/ga/seller_common.ftl"),
    ),
    (
        "ga",
        "seller_notice",
        include_str!("../../locales/ga/seller_notice.ftl"),
    ),
    (
        "he",
        "case_update",
        include_str!("../../locales/he/case_update.ftl"),
    ),
    (
        "he",
        "compliance_reminder",
        include_str!("../../locales/he/compliance_reminder.ftl"),
    ),
    (
        "he",
        "consumer_notice",
        include_str!("../../locales/he/consumer_notice.ftl"),
    ),
    (
        "he",
        "order_cancelled",
        include_str!("../../locales/he/order_cancelled.ftl"),
    ),
    (
        "he",
        "seller_common",
        include_str!("../../locales/he/seller_common.ftl"),
    ),
    (
        "he",
        "seller_notice",
        include_str!("../../locales/he/seller_notice.ftl"),
    ),
    (
        "hr",
        "case_update",
        include_str!("../../locales/hr/case_update.ftl"),
    ),
    (
        "hr",
        "compliance_reminder",
        include_str!("../../locales/hr/compliance_reminder.ftl"),
    ),
    (
        "hr",
        "consumer_notice",
        include_str!("../../locales/hr/consumer_notice.ftl"),
    ),
    (
        "hr",
        "order_cancelled",
        include_str!("../../locales/hr/order_cancelled.ftl"),
    ),
    (
        "hr",
        "seller_common",
        include_str!("../../locales/hr/seller_common.ftl"),
    ),
    (
        "hr",
        "seller_notice",
        include_str!("../../locales/hr/seller_notice.ftl"),
    ),
    (
        "hu",
        "case_update",
        include_str!("../../locales/hu/case_update.ftl"),
    ),
    (
        "hu",
        "compliance_reminder",
        include_str!("../../locales/hu/compliance_reminder.ftl"),
    ),
    (
        "hu",
        "consumer_notice",
        include_str!("../../locales/hu/consumer_notice.ftl"),
    ),
    (
        "hu",
        "order_cancelled",
        include_str!("../../locales/hu/order_cancelled.ftl"),
    ),
    (
        "hu",
        "seller_common",
        include_str!("../../locales/hu/seller_common.ftl"),
    ),
    (
        "hu",
        "seller_notice",
        include_str!("../../locales/hu/seller_notice.ftl"),
    ),
    (
        "id",
        "case_update",
        include_str!("../../locales/id/case_update.ftl"),
    ),
    (
        "id",
        "compliance_reminder",
        include_str!("../../locales/id/compliance_reminder.ftl"),
    ),
    (
        "id",
        "consumer_notice",
        include_str!("../../locales/id/consumer_notice.ftl"),
    ),
    (
        "id",
        "order_cancelled",
        include_str!("../../locales/id/order_cancelled.ftl"),
    ),
    (
        "id",
        "seller_common",
        include_str!("../../locales/id/seller_common.ftl"),
    ),
    (
        "id",
        "seller_notice",
        include_str!("../../locales/id/seller_notice.ftl"),
    ),
    (
        "it",
        "case_update",
        include_str!("../../locales/it/case_update.ftl"),
    ),
    (
        "it",
        "compliance_reminder",
        include_str!("../../locales/it/compliance_reminder.ftl"),
    ),
    (
        "it",
        "consumer_notice",
        include_str!("../../locales/it/consumer_notice.ftl"),
    ),
    (
        "it",
        "order_cancelled",
        include_str!("../../locales/it/order_cancelled.ftl"),
    ),
    (
        "it",
        "seller_common",
        include_str!("../../locales/it/seller_common.ftl"),
    ),
    (
        "it",
        "seller_notice",
        include_str!("../../locales/it/seller_notice.ftl"),
    ),
    (
        "ja",
        "case_update",
        include_str!("../../locales/ja/case_update.ftl"),
    ),
    (
        "ja",
        "compliance_reminder",
        include_str!("../../locales/ja/compliance_reminder.ftl"),
    ),
    (
        "ja",
        "consumer_notice",
        include_str!("../../locales/ja/consumer_notice.ftl"),
    ),
    (
        "ja",
        "order_cancelled",
        include_str!("../../locales/ja/order_cancelled.ftl"),
    ),
    (
        "ja",
        "seller_common",
        include_str!("../../locales/ja/seller_common.ftl"),
    ),
    (
        "ja",
        "seller_notice",
        include_str!("../../locales/ja/seller_notice.ftl"),
    ),
    (
        "ko",
        "case_update",
        include_str!("../../locales/ko/case_update.ftl"),
    ),
    (
        "ko",
        "compliance_reminder",
        include_str!("../../locales/ko/compliance_reminder.ftl"),
    ),
    (
        "ko",
        "consumer_notice",
        include_str!("../../locales/ko/consumer_notice.ftl"),
    ),
    (
        "ko",
        "order_cancelled",
        include_str!("../../locales/ko/order_cancelled.ftl"),
    ),
    (
        "ko",
        "seller_common",
        include_str!("../../locales/ko/seller_common.ftl"),
    ),
    (
        "ko",
        "seller_notice",
        include_str!("../../locales/ko/seller_notice.ftl"),
    ),
    (
        "lt",
        "case_update",
        include_str!("../../locales/lt/case_update.ftl"),
    ),
    (
        "lt",
        "compliance_reminder",
        include_str!("../../locales/lt/compliance_reminder.ftl"),
    ),
    (
        "lt",
        "consumer_notice",
        include_str!("../../locales/lt/consumer_notice.ftl"),
    ),
    (
        "lt",
        "order_cancelled",
        include_str!("../../locales/lt/order_cancelled.ftl"),
    ),
    (
        "lt",
        "seller_common",
        include_str!("../../locales/lt/seller_common.ftl"),
    ),
    (
        "lt",
        "seller_notice",
        include_str!("../../locales/lt/seller_notice.ftl"),
    ),
    (
        "lv",
        "case_update",
        include_str!("../../locales/lv/case_update.ftl"),
    ),
    (
        "lv",
        "compliance_reminder",
        include_str!("../../locales/lv/compliance_reminder.ftl"),
    ),
    (
        "lv",
        "consumer_notice",
        include_str!("../../locales/lv/consumer_notice.ftl"),
    ),
    (
        "lv",
        "order_cancelled",
        include_str!("../../locales/lv/order_cancelled.ftl"),
    ),
    (
        "lv",
        "seller_common",
        include_str!("../../locales/lv/seller_common.ftl"),
    ),
    (
        "lv",
        "seller_notice",
        include_str!("../../locales/lv/seller_notice.ftl"),
    ),
    (
        "mt",
        "case_update",
        include_str!("../../locales/mt/case_update.ftl"),
    ),
    (
        "mt",
        "compliance_reminder",
        include_str!("../../locales/mt/compliance_reminder.ftl"),
    ),
    (
        "mt",
        "consumer_notice",
        include_str!("../../locales/mt/consumer_notice.ftl"),
    ),
    (
        "mt",
        "order_cancelled",
        include_str!("../../locales/mt/order_cancelled.ftl"),
    ),
    (
        "mt",
        "seller_common",
        include_str!("../../locales/mt/seller_common.ftl"),
    ),
    (
        "mt",
        "seller_notice",
        include_str!("../../locales/mt/seller_notice.ftl"),
    ),
    (
        "nl",
        "case_update",
        include_str!("../../locales/nl/case_update.ftl"),
    ),
    (
        "nl",
        "compliance_reminder",
        include_str!("../../locales/nl/compliance_reminder.ftl"),
    ),
    (
        "nl",
        "consumer_notice",
        include_str!("../../locales/nl/consumer_notice.ftl"),
    ),
    (
        "nl",
        "order_cancelled",
        include_str!("../../locales/nl/order_cancelled.ftl"),
    ),
    (
        "nl",
        "seller_common",
        include_str!("../../locales/nl/seller_common.ftl"),
    ),
    (
        "nl",
        "seller_notice",
        include_str!("../../locales/nl/seller_notice.ftl"),
    ),
    (
        "pl",
        "case_update",
        include_str!("../../locales/pl/case_update.ftl"),
    ),
    (
        "pl",
        "compliance_reminder",
        include_str!("../../locales/pl/compliance_reminder.ftl"),
    ),
    (
        "pl",
        "consumer_notice",
        include_str!("../../locales/pl/consumer_notice.ftl"),
    ),
    (
        "pl",
        "order_cancelled",
        include_str!("../../locales/pl/order_cancelled.ftl"),
    ),
    (
        "pl",
        "seller_common",
        include_str!("../../locales/pl/seller_common.ftl"),
    ),
    (
        "pl",
        "seller_notice",
        include_str!("../../locales/pl/seller_notice.ftl"),
    ),
    (
        "pt",
        "case_update",
        include_str!("../../locales/pt/case_update.ftl"),
    ),
    (
        "pt",
        "compliance_reminder",
        include_str!("../../locales/pt/compliance_reminder.ftl"),
    ),
    (
        "pt",
        "consumer_notice",
        include_str!("../../locales/pt/consumer_notice.ftl"),
    ),
    (
        "pt",
        "order_cancelled",
        include_str!("../../locales/pt/order_cancelled.ftl"),
    ),
    (
        "pt",
        "seller_common",
        include_str!("../../locales/pt/seller_common.ftl"),
    ),
    (
        "pt",
        "seller_notice",
        include_str!("../../locales/pt/seller_notice.ftl"),
    ),
    (
        "pt-BR",
        "case_update",
        include_str!("../../locales/pt-BR/case_update.ftl"),
    ),
    (
        "pt-BR",
        "compliance_reminder",
        include_str!("../../locales/pt-BR/compliance_reminder.ftl"),
    ),
    (
        "pt-BR",
        "consumer_notice",
        include_str!("../../locales/pt-BR/consumer_notice.ftl"),
    ),
    (
        "pt-BR",
        "order_cancelled",
        include_str!("../../locales/pt-BR/order_cancelled.ftl"),
    ),
    (
        "pt-BR",
        "seller_common",
        include_str!("../../locales/pt-BR/seller_common.ftl"),
    ),
    (
        "pt-BR",
        "seller_notice",
        include_str!("../../locales/pt-BR/seller_notice.ftl"),
    ),
    (
        "ro",
        "case_update",
        include_str!("../../locales/ro/case_update.ftl"),
    ),
    (
        "ro",
        "compliance_reminder",
        include_str!("../../locales/ro/compliance_reminder.ftl"),
    ),
    (
        "ro",
        "consumer_notice",
        include_str!("../../locales/ro/consumer_notice.ftl"),
    ),
    (
        "ro",
        "order_cancelled",
        include_str!("../../locales/ro/order_cancelled.ftl"),
    ),
    (
        "ro",
        "seller_common",
        include_str!("../../locales/ro/seller_common.ftl"),
    ),
    (
        "ro",
        "seller_notice",
        include_str!("../../locales/ro/seller_notice.ftl"),
    ),
    (
        "ru",
        "case_update",
        include_str!("../../locales/ru/case_update.ftl"),
    ),
    (
        "ru",
        "compliance_reminder",
        include_str!("../../locales/ru/compliance_reminder.ftl"),
    ),
    (
        "ru",
        "consumer_notice",
        include_str!("../../locales/ru/consumer_notice.ftl"),
    ),
    (
        "ru",
        "order_cancelled",
        include_str!("../../locales/ru/order_cancelled.ftl"),
    ),
    (
        "ru",
        "seller_common",
        include_str!("../../locales/ru/seller_common.ftl"),
    ),
    (
        "ru",
        "seller_notice",
        include_str!("../../locales/ru/seller_notice.ftl"),
    ),
    (
        "sk",
        "case_update",
        include_str!("../../locales/sk/case_update.ftl"),
    ),
    (
        "sk",
        "compliance_reminder",
        include_str!("../../locales/sk/compliance_reminder.ftl"),
    ),
    (
        "sk",
        "consumer_notice",
        include_str!("../../locales/sk/consumer_notice.ftl"),
    ),
    (
        "sk",
        "order_cancelled",
        include_str!("../../locales/sk/order_cancelled.ftl"),
    ),
    (
        "sk",
        "seller_common",
        include_str!("../../locales/sk/seller_common.ftl"),
    ),
    (
        "sk",
        "seller_notice",
        include_str!("../../locales/sk/seller_notice.ftl"),
    ),
    (
        "sl",
        "case_update",
        include_str!("../../locales/sl/case_update.ftl"),
    ),
    (
        "sl",
        "compliance_reminder",
        include_str!("../../locales/sl/compliance_reminder.ftl"),
    ),
    (
        "sl",
        "consumer_notice",
        include_str!("../../locales/sl/consumer_notice.ftl"),
    ),
    (
        "sl",
        "order_cancelled",
        include_str!("../../locales/sl/order_cancelled.ftl"),
    ),
    (
        "sl",
        "seller_common",
        include_str!("../../locales/sl/seller_common.ftl"),
    ),
    (
        "sl",
        "seller_notice",
        include_str!("../../locales/sl/seller_notice.ftl"),
    ),
    (
        "sv",
        "case_update",
        include_str!("../../locales/sv/case_update.ftl"),
    ),
    (
        "sv",
        "compliance_reminder",
        include_str!("../../locales/sv/compliance_reminder.ftl"),
    ),
    (
        "sv",
        "consumer_notice",
        include_str!("../../locales/sv/consumer_notice.ftl"),
    ),
    (
        "sv",
        "order_cancelled",
        include_str!("../../locales/sv/order_cancelled.ftl"),
    ),
    (
        "sv",
        "seller_common",
        include_str!("../../locales/sv/seller_common.ftl"),
    ),
    (
        "sv",
        "seller_notice",
        include_str!("../../locales/sv/seller_notice.ftl"),
    ),
    (
        "th",
        "case_update",
        include_str!("../../locales/th/case_update.ftl"),
    ),
    (
        "th",
        "compliance_reminder",
        include_str!("../../locales/th/compliance_reminder.ftl"),
    ),
    (
        "th",
        "consumer_notice",
        include_str!("../../locales/th/consumer_notice.ftl"),
    ),
    (
        "th",
        "order_cancelled",
        include_str!("../../locales/th/order_cancelled.ftl"),
    ),
    (
        "th",
        "seller_common",
        include_str!("../../locales/th/seller_common.ftl"),
    ),
    (
        "th",
        "seller_notice",
        include_str!("../../locales/th/seller_notice.ftl"),
    ),
    (
        "tr",
        "case_update",
        include_str!("../../locales/tr/case_update.ftl"),
    ),
    (
        "tr",
        "compliance_reminder",
        include_str!("../../locales/tr/compliance_reminder.ftl"),
    ),
    (
        "tr",
        "consumer_notice",
        include_str!("../../locales/tr/consumer_notice.ftl"),
    ),
    (
        "tr",
        "order_cancelled",
        include_str!("../../locales/tr/order_cancelled.ftl"),
    ),
    (
        "tr",
        "seller_common",
        include_str!("../../locales/tr/seller_common.ftl"),
    ),
    (
        "tr",
        "seller_notice",
        include_str!("../../locales/tr/seller_notice.ftl"),
    ),
    (
        "uk",
        "case_update",
        include_str!("../../locales/uk/case_update.ftl"),
    ),
    (
        "uk",
        "compliance_reminder",
        include_str!("../../locales/uk/compliance_reminder.ftl"),
    ),
    (
        "uk",
        "consumer_notice",
        include_str!("../../locales/uk/consumer_notice.ftl"),
    ),
    (
        "uk",
        "order_cancelled",
        include_str!("../../locales/uk/order_cancelled.ftl"),
    ),
    (
        "uk",
        "seller_common",
        include_str!("../../locales/uk/seller_common.ftl"),
    ),
    (
        "uk",
        "seller_notice",
        include_str!("../../locales/uk/seller_notice.ftl"),
    ),
    (
        "vi",
        "case_update",
        include_str!("../../locales/vi/case_update.ftl"),
    ),
    (
        "vi",
        "compliance_reminder",
        include_str!("../../locales/vi/compliance_reminder.ftl"),
    ),
    (
        "vi",
        "consumer_notice",
        include_str!("../../locales/vi/consumer_notice.ftl"),
    ),
    (
        "vi",
        "order_cancelled",
        include_str!("../../locales/vi/order_cancelled.ftl"),
    ),
    (
        "vi",
        "seller_common",
        include_str!("../../locales/vi/seller_common.ftl"),
    ),
    (
        "vi",
        "seller_notice",
        include_str!("../../locales/vi/seller_notice.ftl"),
    ),
    (
        "zh-CN",
        "case_update",
        include_str!("../../locales/zh-CN/case_update.ftl"),
    ),
    (
        "zh-CN",
        "compliance_reminder",
        include_str!("../../locales/zh-CN/compliance_reminder.ftl"),
    ),
    (
        "zh-CN",
        "consumer_notice",
        include_str!("../../locales/zh-CN/consumer_notice.ftl"),
    ),
    (
        "zh-CN",
        "order_cancelled",
        include_str!("../../locales/zh-CN/order_cancelled.ftl"),
    ),
    (
        "zh-CN",
        "seller_common",
        include_str!("../../locales/zh-CN/seller_common.ftl"),
    ),
    (
        "zh-CN",
        "seller_notice",
        include_str!("../../locales/zh-CN/seller_notice.ftl"),
    ),
];

type Bundles = BTreeMap<(&'static str, &'static str), FluentBundle<FluentResource>>;

/// The bundles, built once; a file that does not parse has its messages
/// missing (and fails the test that reads every file).
fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        let mut out = BTreeMap::new();
        for (locale, email, source) in SOURCES {
            let Ok(id) = locale.parse::<unic_langid::LanguageIdentifier>() else {
                continue;
            };
            let resource = match FluentResource::try_new(source.to_string()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // The text goes into emails and SES templates: no Unicode
            // isolation marks around the variables.
            bundle.set_use_isolating(false);
            let _ = bundle.add_resource(resource);
            out.insert((*locale, *email), bundle);
        }
        out
    })
}

/// The message `id` of `email` in `locale`, each variable written as the SES
/// placeholder of its name; `None` when the locale has no such message.
pub fn text(locale: &str, email: &str, id: &str) -> Option<String> {
    let bundle = bundles().get(&(locale, email))?;
    let message = bundle.get_message(id)?;
    let pattern = message.value()?;
    let mut args = FluentArgs::new();
    for name in placeholders(pattern) {
        args.set(name.clone(), format!("{{{{{name}}}}}"));
    }
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(&args), &mut errors);
    errors.is_empty().then(|| out.into_owned())
}

/// An email's texts in one language, by name (Fluent's ids with `_` for
/// `-`): the English one where a message is missing in that language
/// (which the test below refuses), so a text never shows as its id.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(transparent)]
pub struct Texts(BTreeMap<String, String>);

impl Texts {
    /// Every message of `email` (English's ids) in `locale`.
    pub fn of(locale: &str, email: &str) -> Texts {
        Texts(
            ids("en", email)
                .into_iter()
                .map(|id| {
                    let t = text(locale, email, &id)
                        .or_else(|| text("en", email, &id))
                        .unwrap_or_else(|| missing(email, &id));
                    (id.replace('-', "_"), t)
                })
                .collect(),
        )
    }

    pub fn get(&self, name: &str) -> &str {
        self.0.get(name).map(String::as_str).unwrap_or_default()
    }
}

/// A value given to a message: a text, or a number (which selects a plural
/// form: `{ $count -> [one] … *[other] … }`).
pub use fluent_bundle::FluentValue as Arg;

/// The words of one email in one language, each message formatted with real
/// values (not SES placeholders), looked up along the language's fallback
/// chain (pt-BR -> pt -> en) so a message missing in a language (which the
/// test below refuses) is never shown as its id.
#[derive(Debug, Clone, Copy)]
pub struct Words {
    pub lang: crate::kernel::language::Language,
    email: &'static str,
}

impl Words {
    pub fn new(lang: crate::kernel::language::Language, email: &'static str) -> Words {
        Words { lang, email }
    }

    /// A message without variables.
    pub fn get(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// Every message of the email that has no variables, by name (Fluent's
    /// ids with `_` for `-`), for a template's `t`.
    pub fn all(&self) -> BTreeMap<String, String> {
        ids("en", self.email)
            .into_iter()
            .map(|id| {
                let t = self.get(&id);
                (id.replace('-', "_"), t)
            })
            .collect()
    }

    /// A message with its variables; a value is never read as Fluent syntax.
    pub fn with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let chain = crate::kernel::locale::Locale::parse(self.lang.code())
            .map(|l| l.fallbacks())
            .unwrap_or_else(|| vec![crate::kernel::locale::Locale::ENGLISH]);
        for locale in chain {
            if let Some(out) = format_message(locale.code(), self.email, id, args) {
                return out;
            }
        }
        missing(self.email, id)
    }
}

fn format_message(locale: &str, email: &str, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let bundle = bundles().get(&(locale, email))?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        fargs.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    errors.is_empty().then(|| out.into_owned())
}

/// What stands in an email for a message no file has (a bug the tests
/// refuse: [`MISSING`] never reaches a reader): the message's name, marked.
fn missing(email: &str, id: &str) -> String {
    format!("{MISSING}{email}/{id}\u{27e7}")
}

/// The mark that opens a missing message's name in a rendered email.
pub const MISSING: char = '\u{27e6}';

/// True when `email` has its texts in `locale`.
pub fn has(locale: &str, email: &str) -> bool {
    bundles().contains_key(&(locale, email))
}

/// The message ids of `email` in `locale`.
pub fn ids(locale: &str, email: &str) -> Vec<String> {
    SOURCES
        .iter()
        .filter(|(l, e, _)| *l == locale && *e == email)
        .flat_map(|(_, _, source)| {
            let resource = match fluent_syntax::parser::parse(*source) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            resource
                .body
                .into_iter()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The variables a pattern uses (`{ $name }`), in its plural selectors and
/// variants too, each once.
pub fn placeholders(pattern: &fluent_syntax::ast::Pattern<&str>) -> Vec<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let mut out: Vec<String> = Vec::new();
    let mut push = |name: &str| {
        if !out.iter().any(|n| n == name) {
            out.push(name.to_string());
        }
    };
    for element in &pattern.elements {
        match element {
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => push(id.name),
            PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } => {
                if let InlineExpression::VariableReference { id } = selector {
                    push(id.name);
                }
                for v in variants {
                    for name in placeholders(&v.value) {
                        push(&name);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The variables of message `id` of `email` in `locale`.
pub fn variables(locale: &str, email: &str, id: &str) -> Option<Vec<String>> {
    let bundle = bundles().get(&(locale, email))?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut v = placeholders(pattern);
    v.sort();
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_and_every_message_is_in_every_locale_with_the_same_variables() {
        for (locale, email, source) in SOURCES {
            assert!(
                FluentResource::try_new(source.to_string()).is_ok(),
                "{locale}/{email}.ftl does not parse"
            );
            let english = ids("en", email);
            let mine = ids(locale, email);
            assert_eq!(
                mine, english,
                "{locale}/{email}: the same messages as English"
            );
            for id in &english {
                assert_eq!(
                    variables(locale, email, id),
                    variables("en", email, id),
                    "{locale}/{email}: {id} has English's variables"
                );
                assert!(
                    text(locale, email, id).is_some_and(|t| !t.is_empty()),
                    "{locale}/{email}: {id}"
                );
            }
        }
    }

    #[test]
    fn a_variable_comes_out_as_its_ses_placeholder_with_no_isolation_marks() {
        let sold = text("fr", "consumer_notice", "sold").unwrap_or_default();
        assert!(
            sold.contains("{{order_date}}") && sold.contains("{{order_id}}"),
            "{sold}"
        );
        assert!(!sold.contains('\u{2068}') && !sold.contains('\u{2069}'));
        assert_eq!(
            text("fr", "consumer_notice", "sep").as_deref(),
            Some("\u{a0}: ")
        );
        assert_eq!(text("xx", "consumer_notice", "sep"), None);
    }
}
