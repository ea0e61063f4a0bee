//! Product Safety Australia (ACCC): one `<item>` of its recalls RSS feed
//! (`https://www.productsafety.gov.au/rss/recalls.xml`), as a JSON string of
//! XML.
//!
//! RSS is all the ACCC publishes for machines: `title`, `link`,
//! `description`, `pubDate`, `guid`. The reference is the slug of the
//! item's `link` (the recall's page, `/recalls/<slug>`), else its `guid`.
//! Everything about the product is prose: the product name is the title;
//! brand and model numbers read from the title, and GTINs and lots that the
//! description labels as such, are all marked `from_prose`, so their matches
//! wait for the desk. The hazard is the description as plain text; the risk,
//! remedies and category are read from its words. Markets: AU.
//!
//! [`accc_items`] splits the feed into its items' XML.

use crate::common::{decode_entities, html_text, kind_of, tidy, Ctx};
use crate::error::SourceError;
use crate::prose::{
    category_in_prose, labelled_gtins, labelled_lots, prose_ids, remedies_in_prose, risk_in_prose,
};
use chrono::{DateTime, Utc};
use quick_xml::events::Event;
use quick_xml::Reader;
use safety_domain::kernel::ids::countries;
use safety_domain::kernel::limits::bounded;
use safety_domain::{Channel, ProductIds, Recall, SourceRef};
use serde_json::Value;

pub const SOURCE: &str = "accc";

/// The feed's file, which names it in the errors of [`accc_items`].
pub const FEED: &str = "recalls.xml";

/// The children of one `<item>`, in order: local name and text (markup
/// inside a child is kept as its text).
#[derive(Debug, Default)]
struct Item {
    fields: Vec<(String, String)>,
}

impl Item {
    /// The first non-empty value of a child.
    fn get(&self, name: &str) -> Option<String> {
        self.fields
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.trim())
            .find(|v| !v.is_empty())
            .map(str::to_string)
    }
}

/// Parses one RSS `<item>` of the ACCC's recalls feed.
pub fn parse(record: &Value, message_id: &str) -> Result<Recall, SourceError> {
    let msg = Ctx::new(SOURCE, message_id);
    let Value::String(xml) = record else {
        return Err(msg.err(
            "record",
            format!(
                "must be a string of XML (an RSS <item>), found {}",
                kind_of(record)
            ),
        ));
    };
    let item = read_item(&msg, xml)?;
    let link = item.get("link").map(|l| tidy(&l));
    let guid = item.get("guid").map(|g| tidy(&g));
    let Some(reference) = link.as_deref().and_then(slug).or_else(|| {
        guid.as_deref()
            .map(|g| slug(g).unwrap_or_else(|| g.to_string()))
    }) else {
        let reason = match &link {
            Some(l) => format!(
                "'{}' has no recall page to name the recall, and there is no guid",
                bounded(l, 64)
            ),
            None => "is missing, and so is guid: nothing names the recall".to_string(),
        };
        return Err(msg.err("link", reason));
    };
    let ctx = Ctx::new(SOURCE, reference.clone());

    let Some(title) = item
        .get("title")
        .map(|t| html_text(&t))
        .filter(|t| !t.is_empty())
    else {
        return Err(ctx.err("title", "is missing: it is the product's only name"));
    };
    let description = item
        .get("description")
        .map(|d| html_text(&d))
        .unwrap_or_default();
    let published_at = match item.get("pubDate") {
        None => None,
        Some(d) => Some(
            DateTime::parse_from_rfc2822(d.trim())
                .map(|t| t.with_timezone(&Utc))
                .map_err(|_| {
                    ctx.err(
                        "pubDate",
                        format!(
                            "'{}' is not an RFC 822 date (\"Tue, 03 Nov 2026 10:00:00 +1100\")",
                            bounded(&d, 40)
                        ),
                    )
                })?,
        ),
    };
    let url = [link, guid]
        .into_iter()
        .flatten()
        .find(|u| u.starts_with("https://") || u.starts_with("http://"));

    let hazard = if description.is_empty() {
        title.clone()
    } else {
        description.clone()
    };
    let ids = prose_ids(&title, &[], &[]);
    let mut gtins = std::collections::BTreeSet::new();
    gtins.extend(labelled_gtins(&title));
    gtins.extend(labelled_gtins(&description));

    let source_ref = SourceRef {
        source: SOURCE.to_string(),
        reference,
        url,
    };
    Ok(Recall {
        recalled_by_sellers: Default::default(),
        id: Recall::id_for(&source_ref),
        channel: Channel::Regulator,
        sources: vec![source_ref],
        risk: risk_in_prose(&[&title, &description]),
        category: category_in_prose(&[&title]),
        product: ProductIds {
            gtins,
            brand: ids.brand,
            models: ids.models,
            batches: labelled_lots(&description),
            name: Some(title.clone()),
            // Every identifier of an RSS item is read from prose.
            from_prose: true,
            prose_gtins: Default::default(),
        },
        markets: countries(&["AU"]).into_iter().collect(),
        remedies: remedies_in_prose(&description),
        consumer_instructions: instructions(&description),
        image_url: None,
        published_at,
        timing: None,
        title,
        hazard,
    })
}

/// The last segment of a URL's path ("https://www.productsafety.gov.au/recalls/anko-heater"
/// -> "anko-heater"), without query or fragment; `None` when the path is empty.
fn slug(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    let without_scheme = ["https://", "http://"]
        .iter()
        .find_map(|s| lower.starts_with(s).then(|| &url[s.len()..]))?;
    let path = without_scheme
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .split_once('/')
        .map(|(_, p)| p)
        .unwrap_or("");
    path.trim_end_matches('/')
        .rsplit('/')
        .next()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// The sentences that tell the consumer what to do ("Consumers should stop
/// using ...", "Return it to ...").
fn instructions(description: &str) -> String {
    const STARTS: &[&str] = &[
        "stop", "return", "contact", "do not", "don't", "cease", "dispose", "take",
    ];
    description
        .split_inclusive(['.', '!'])
        .map(str::trim)
        .filter(|s| {
            let lower = s.to_lowercase();
            lower.contains("should") || STARTS.iter().any(|w| lower.starts_with(w))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads an `<item>` element: its children's text, CDATA as written, other
/// text with its references decoded once (HTML's `&nbsp;` too, which XML
/// lacks); the text of markup inside a child is kept.
fn read_item(msg: &Ctx, xml: &str) -> Result<Item, SourceError> {
    let mut reader = Reader::from_str(xml);
    let mut item = Item::default();
    let mut stack: Vec<String> = Vec::new();
    let mut field: Option<(String, String)> = None;
    let mut seen_root = false;
    let innermost = |stack: &[String]| stack.last().cloned().unwrap_or_else(|| "item".to_string());
    loop {
        let event = reader.read_event().map_err(|e| {
            msg.err(
                innermost(&stack),
                format!("malformed XML at byte {}: {e}", reader.error_position()),
            )
        })?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                match stack.len() {
                    0 if seen_root => {
                        return Err(msg.err(
                            "record",
                            format!("a second element <{name}> after the item"),
                        ))
                    }
                    0 if name != "item" => {
                        return Err(
                            msg.err("record", format!("expected an RSS <item>, found <{name}>"))
                        )
                    }
                    0 => seen_root = true,
                    1 => field = Some((name.clone(), String::new())),
                    _ => {
                        // Markup inside a child (an unescaped XHTML description):
                        // its text is kept, words apart.
                        if let Some((_, text)) = field.as_mut() {
                            text.push(' ');
                        }
                    }
                }
                if empty {
                    if stack.len() == 1 {
                        item.fields.extend(field.take());
                    }
                } else {
                    stack.push(name);
                }
            }
            Event::End(_) => {
                stack.pop();
                if stack.len() == 1 {
                    item.fields.extend(field.take());
                }
            }
            Event::Text(t) => {
                // Raw text (the input is a &str, so UTF-8): its references
                // decoded here, HTML's too.
                if let Some((_, value)) = field.as_mut() {
                    value.push_str(&decode_entities(&String::from_utf8_lossy(t.as_ref())));
                }
            }
            Event::CData(c) => {
                let text = c
                    .decode()
                    .map_err(|e| msg.err(innermost(&stack), format!("malformed CDATA: {e}")))?;
                if let Some((_, value)) = field.as_mut() {
                    value.push_str(&text);
                }
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
    if let Some(open) = stack.last() {
        return Err(msg.err(
            open.clone(),
            format!("malformed XML: <{open}> is not closed at the end of the record"),
        ));
    }
    if !seen_root {
        return Err(msg.err("record", "holds no XML element (expected an RSS <item>)"));
    }
    Ok(item)
}

/// The `<item>` elements of the ACCC's RSS feed, each as its own XML text
/// (verbatim, for a `recall_received` message each). An empty channel is no
/// item; a body that is not RSS (an HTML error page), malformed or truncated
/// is an error naming the feed ([`FEED`]) and the element.
pub fn accc_items(xml: &str) -> Result<Vec<String>, SourceError> {
    let feed = Ctx::new(SOURCE, FEED);
    let mut reader = Reader::from_str(xml);
    let mut items = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut item_start: Option<(usize, usize)> = None;
    let mut seen_root = false;
    let at = |pos: u64| usize::try_from(pos).unwrap_or(usize::MAX);
    loop {
        let before = at(reader.buffer_position());
        let event = reader.read_event().map_err(|e| {
            feed.err(
                stack.last().cloned().unwrap_or_else(|| "rss".to_string()),
                format!("malformed XML at byte {}: {e}", reader.error_position()),
            )
        })?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                if stack.is_empty() {
                    if seen_root {
                        return Err(feed.err("rss", format!("a second root element <{name}>")));
                    }
                    if name != "rss" && name != "RDF" {
                        return Err(feed.err(
                            "rss",
                            format!(
                                "expected an RSS feed (<rss>), found <{}>",
                                bounded(&name, 32)
                            ),
                        ));
                    }
                    seen_root = true;
                }
                if name == "item" && item_start.is_none() {
                    if empty {
                        let end = at(reader.buffer_position());
                        items.extend(xml.get(before..end).map(str::to_string));
                    } else {
                        item_start = Some((before, stack.len()));
                    }
                }
                if !empty {
                    stack.push(name);
                }
            }
            Event::End(_) => {
                stack.pop();
                if let Some((start, depth)) = item_start {
                    if stack.len() == depth {
                        let end = at(reader.buffer_position());
                        items.extend(xml.get(start..end).map(str::to_string));
                        item_start = None;
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if let Some(open) = stack.last() {
        return Err(feed.err(
            open.clone(),
            format!("is not closed: the feed is truncated ({} bytes)", xml.len()),
        ));
    }
    if !seen_root {
        return Err(feed.err("rss", "holds no XML element: expected an RSS feed"));
    }
    Ok(items)
}

#[cfg(test)]
#[path = "accc_test.rs"]
mod tests;
