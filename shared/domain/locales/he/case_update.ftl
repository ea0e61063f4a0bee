# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = תיק
listing = מודעה
recall = ריקול
markets = שווקים
appeal-deadline = המועד האחרון לערעור
received-subject = אישור קבלת ערעור: תיק { $case }
received-heading = הערעור שלך הגיע אלינו
received = הערעור שלך הגיע אלינו בתאריך { $filed }. גורם בודק יחליט בעניינו ונודיע לך על התוצאה. עד אז האמצעים לגבי המודעה שלך יישארו בתוקף, ולא תיעשה פנייה לאף צרכן כל עוד הערעור שלך פתוח.
received-ordered = הערעור שלך הגיע אלינו בתאריך { $filed }. גורם בודק יחליט בעניינו ונודיע לך על התוצאה. עד אז האמצעים לגבי המודעה שלך יישארו בתוקף. הרשות הורתה ליידע את הצרכנים מיד, ולכן הריקול לצרכנים נמשך בינתיים.
grounds = הנימוקים שלך: { $grounds }
upheld-subject = הערעור התקבל: תיק { $case } – המודעה שלך חזרה למכירה
upheld-heading = הערעור שלך התקבל
upheld-reason = גורם בודק קיבל את הערעור שלך: { $reason }
upheld-lifted = הסרנו את האמצעים לגבי המודעה שלך בשווקים { $markets }: היא מוצעת שם שוב למכירה.
upheld-points = העיצום של { $points } נקודות בוטל.
upheld-told = הצרכנים כבר יודעו, בהוראת הרשות.
upheld-not-told = לא תיעשה פנייה לצרכנים בעניין תיק זה.
rejected-subject = הערעור נדחה: תיק { $case } – הריקול לצרכנים מתחיל
rejected-heading = הערעור שלך נדחה
rejected-reason = גורם בודק דחה את הערעור שלך: { $reason }
rejected-stay = האמצעים לגבי המודעה שלך בשווקים { $markets } נשארים בתוקף. אנו שולחים כעת הודעת ריקול לכל צרכן שרכש את המוצר בשווקים אלה. הסעדים לצרכנים — המחיר ששולם ודמי ההזמנה — מחויבים על חשבונך.
rejected-stay-points = האמצעים לגבי המודעה שלך בשווקים { $markets } נשארים בתוקף, והעיצום של { $points } נקודות חל. אנו שולחים כעת הודעת ריקול לכל צרכן שרכש את המוצר בשווקים אלה. הסעדים לצרכנים — המחיר ששולם ודמי ההזמנה — מחויבים על חשבונך.
refused-subject = לא ניתן לטפל בערעור: תיק { $case }
refused-heading = לא ניתן היה לקבל את הערעור שלך לטיפול
refused = לא יכולנו לקבל לטיפול את הערעור שלך בתיק { $case }: { $reason }.
refused-deadline = המועד האחרון לערעור בתיק זה: { $deadline }.
refused-contact = אם לדעתך מדובר בטעות, יש לפנות למוקד בטיחות המוצרים ולציין את מזהה התיק.
refused-no-case = לא קיים תיק { $case }
refused-not-yours = תיק { $case } אינו תיק שלך: רק המוכר שפרסם את המודעה רשאי לערער
refused-late = הערעור הוגש בתאריך { $filed }, לאחר המועד האחרון, { $deadline } (7 ימים ממועד הודעת הריקול)
refused-state = תיק { $case } אינו פתוח עוד לערעור
