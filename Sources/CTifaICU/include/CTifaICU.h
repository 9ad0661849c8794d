// C shim over the system ICU. This header uses <stdint.h> types and opaque handles only,
// so Swift code that imports Foundation (which carries its own ICU) never sees ICU's headers.
#ifndef CTIFAICU_H
#define CTIFAICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes ICU's version ("72.1") into buf; returns the length written.
int32_t tifa_icu_version(char *buf, int32_t capacity);
/// ICU's name for a status code ("U_BUFFER_OVERFLOW_ERROR").
const char *tifa_icu_error_name(int32_t status);

// MARK: Word break
typedef struct tifa_word_break tifa_word_break;
tifa_word_break *tifa_wb_open(const char *locale, int32_t *status);
/// The text must stay alive and unchanged until the next set_text or close.
void tifa_wb_set_text(tifa_word_break *wb, const uint16_t *text, int32_t length, int32_t *status);
/// Fills up to capacity next boundaries (UTF-16 offsets) and their rule statuses; 0 at the end.
int32_t tifa_wb_next_batch(tifa_word_break *wb, int32_t *boundaries, int32_t *rule_status, int32_t capacity);
void tifa_wb_close(tifa_word_break *wb);

// MARK: Transliteration
typedef struct tifa_translit tifa_translit;
tifa_translit *tifa_tr_open(const char *id, int32_t *status);
/// Transliterates buf[0..<*length] in place; capacity is the buffer's size. On U_BUFFER_OVERFLOW_ERROR,
/// *length holds the size needed and buf is unchanged.
void tifa_tr_transliterate(tifa_translit *tr, uint16_t *buf, int32_t *length, int32_t capacity, int32_t *status);
void tifa_tr_close(tifa_translit *tr);
/// Writes the transform's rules (ICU rule syntax) into buf; returns their length (the size needed when
/// status is U_BUFFER_OVERFLOW_ERROR).
int32_t tifa_tr_rules(tifa_translit *tr, uint16_t *buf, int32_t capacity, int32_t *status);

// MARK: Charset detection
/// Detects the charset of bytes; writes up to max_matches names (each up to 32 bytes, NUL-terminated)
/// into names and their confidences (0..100). Returns the number of matches.
int32_t tifa_csdet_detect(const char *bytes, int32_t length, char names[][32], int32_t *confidences,
                          int32_t max_matches, int32_t *status);

// MARK: Conversion
/// Decodes bytes in charset to UTF-16. Invalid or unmappable sequences become U+FFFD; their count and the
/// byte offset of the first are returned. On U_BUFFER_OVERFLOW_ERROR, *out_length holds the size needed.
void tifa_conv_decode(const char *charset, const char *bytes, int32_t length, uint16_t *out, int32_t capacity,
                      int32_t *out_length, int32_t *invalid_count, int32_t *first_invalid_offset, int32_t *status);
/// Encodes UTF-16 text in charset; a character the charset cannot hold fails with U_INVALID_CHAR_FOUND. Returns the
/// bytes written (the size needed when status is U_BUFFER_OVERFLOW_ERROR).
int32_t tifa_conv_encode(const char *charset, const uint16_t *text, int32_t length, char *out, int32_t capacity,
                         int32_t *status);
/// Returns 1 when ICU knows the charset name.
int32_t tifa_conv_exists(const char *charset);

// MARK: Normalisation
typedef struct tifa_normalizer tifa_normalizer;
/// name: "nfc", "nfkc" or "nfkc_cf"; the instance is shared and must not be closed.
const tifa_normalizer *tifa_norm_get(const char *name, int32_t *status);
/// 1 when the text is already normalised.
int32_t tifa_norm_is_normalized(const tifa_normalizer *n, const uint16_t *text, int32_t length, int32_t *status);
/// Length of the longest prefix that is normalised.
int32_t tifa_norm_span_normalized(const tifa_normalizer *n, const uint16_t *text, int32_t length, int32_t *status);
int32_t tifa_norm_normalize(const tifa_normalizer *n, const uint16_t *text, int32_t length, uint16_t *out,
                            int32_t capacity, int32_t *status);
/// 1 when the code point starts a new normalisation segment (text may be split before it).
int32_t tifa_norm_has_boundary_before(const tifa_normalizer *n, int32_t codepoint);

// MARK: Regular expressions
typedef struct tifa_regex tifa_regex;
/// flags: ICU's URegexpFlag bits (2 = case-insensitive, 8 = multiline, 32 = dotall).
tifa_regex *tifa_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags, int32_t *error_offset,
                            int32_t *status);
/// The text must stay alive and unchanged while the regex is used on it.
void tifa_regex_set_text(tifa_regex *re, const uint16_t *text, int32_t length, int32_t *status);
/// Finds the next match; returns 1 and fills start/end (UTF-16 offsets) of the group, else 0.
int32_t tifa_regex_find_next(tifa_regex *re, int32_t *status);
/// Tries one match starting exactly at `index` (UTF-16 offset), as `find` would there; returns 1 on a match.
int32_t tifa_regex_looking_at(tifa_regex *re, int32_t index, int32_t *status);
int32_t tifa_regex_group_count(tifa_regex *re, int32_t *status);
/// Start and end of group (0 = whole match); -1 when the group did not take part.
void tifa_regex_group_range(tifa_regex *re, int32_t group, int32_t *start, int32_t *end, int32_t *status);
void tifa_regex_close(tifa_regex *re);
/// Bounds each match operation to about `limit` steps of ICU's match engine (roughly milliseconds; 0 = none);
/// a match that runs longer fails with the status `tifa_regex_time_out_status()`.
void tifa_regex_set_time_limit(tifa_regex *re, int32_t limit, int32_t *status);
/// ICU's status for a match stopped by the time limit (U_REGEX_TIME_OUT).
int32_t tifa_regex_time_out_status(void);

#ifdef __cplusplus
}
#endif

#endif
