#include "CTifaICU.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/uregex.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

int32_t tifa_icu_version(char *buf, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    int32_t n = (int32_t)strlen(text);
    if (n >= capacity) n = capacity - 1;
    memcpy(buf, text, (size_t)n);
    buf[n] = 0;
    return n;
}

const char *tifa_icu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

// MARK: Word break

tifa_word_break *tifa_wb_open(const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, locale, NULL, 0, &err);
    *status = err > U_ZERO_ERROR ? err : U_ZERO_ERROR;
    return (tifa_word_break *)bi;
}

void tifa_wb_set_text(tifa_word_break *wb, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)wb, (const UChar *)text, length, &err);
    *status = err > U_ZERO_ERROR ? err : U_ZERO_ERROR;
}

int32_t tifa_wb_next_batch(tifa_word_break *wb, int32_t *boundaries, int32_t *rule_status, int32_t capacity) {
    UBreakIterator *bi = (UBreakIterator *)wb;
    int32_t n = 0;
    while (n < capacity) {
        int32_t b = ubrk_next(bi);
        if (b == UBRK_DONE) break;
        boundaries[n] = b;
        rule_status[n] = ubrk_getRuleStatus(bi);
        n++;
    }
    return n;
}

void tifa_wb_close(tifa_word_break *wb) { ubrk_close((UBreakIterator *)wb); }

// MARK: Transliteration

tifa_translit *tifa_tr_open(const char *id, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UChar uid[128];
    int32_t n = 0;
    for (; id[n] && n < 127; n++) uid[n] = (UChar)(unsigned char)id[n];
    UTransliterator *t = utrans_openU(uid, n, UTRANS_FORWARD, NULL, 0, NULL, &err);
    *status = err > U_ZERO_ERROR ? err : U_ZERO_ERROR;
    return (tifa_translit *)t;
}

void tifa_tr_transliterate(tifa_translit *tr, uint16_t *buf, int32_t *length, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t limit = *length;
    int32_t textLength = *length;
    utrans_transUChars((UTransliterator *)tr, (UChar *)buf, &textLength, capacity, 0, &limit, &err);
    *length = textLength;
    *status = err > U_ZERO_ERROR ? err : U_ZERO_ERROR;
}

void tifa_tr_close(tifa_translit *tr) { utrans_close((UTransliterator *)tr); }

int32_t tifa_tr_rules(tifa_translit *tr, uint16_t *buf, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t n = utrans_toRules((const UTransliterator *)tr, 0, (UChar *)buf, capacity, &err);
    *status = err > U_ZERO_ERROR ? err : U_ZERO_ERROR;
    return n;
}

// MARK: Charset detection

int32_t tifa_csdet_detect(const char *bytes, int32_t length, char names[][32], int32_t *confidences,
                          int32_t max_matches, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    ucsdet_setText(det, bytes, length, &err);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det, &found, &err);
    int32_t n = 0;
    if (U_SUCCESS(err) && matches != NULL) {
        for (; n < found && n < max_matches; n++) {
            const char *name = ucsdet_getName(matches[n], &err);
            strncpy(names[n], name ? name : "", 31);
            names[n][31] = 0;
            confidences[n] = ucsdet_getConfidence(matches[n], &err);
        }
    }
    ucsdet_close(det);
    *status = err > U_ZERO_ERROR ? err : U_ZERO_ERROR;
    return n;
}

// MARK: Conversion

int32_t tifa_conv_exists(const char *charset) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *c = ucnv_open(charset, &err);
    if (c) ucnv_close(c);
    return (c != NULL && U_SUCCESS(err)) ? 1 : 0;
}

int32_t tifa_conv_encode(const char *charset, const uint16_t *text, int32_t length, char *out, int32_t capacity,
                         int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *c = ucnv_open(charset, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    ucnv_setFromUCallBack(c, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
    int32_t n = ucnv_fromUChars(c, out, capacity, (const UChar *)text, length, &err);
    ucnv_close(c);
    *status = err;
    return n;
}

void tifa_conv_decode(const char *charset, const char *bytes, int32_t length, uint16_t *out, int32_t capacity,
                      int32_t *out_length, int32_t *invalid_count, int32_t *first_invalid_offset, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    *invalid_count = 0;
    *first_invalid_offset = -1;
    *out_length = 0;
    UConverter *c = ucnv_open(charset, &err);
    if (U_FAILURE(err)) { *status = err; return; }
    ucnv_setToUCallBack(c, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
    const char *src = bytes;
    const char *srcLimit = bytes + length;
    int32_t written = 0;
    UChar scratch[1024];
    while (1) {
        err = U_ZERO_ERROR;
        // Decode into out while it has room, then count the rest in scratch to learn the size needed.
        int useOut = written < capacity;
        UChar *target = useOut ? (UChar *)out + written : scratch;
        UChar *targetLimit = useOut ? (UChar *)out + capacity : scratch + 1024;
        UChar *targetStart = target;
        ucnv_toUnicode(c, &target, targetLimit, &src, srcLimit, NULL, 1, &err);
        written += (int32_t)(target - targetStart);
        if (err == U_BUFFER_OVERFLOW_ERROR) continue;
        if (err == U_ILLEGAL_CHAR_FOUND || err == U_INVALID_CHAR_FOUND || err == U_TRUNCATED_CHAR_FOUND) {
            char bad[32];
            int8_t badLen = sizeof bad;
            UErrorCode e2 = U_ZERO_ERROR;
            ucnv_getInvalidChars(c, bad, &badLen, &e2);
            if (*invalid_count == 0) *first_invalid_offset = (int32_t)(src - bytes) - badLen;
            (*invalid_count)++;
            if (written < capacity) out[written] = 0xFFFD;
            written++;
            ucnv_reset(c);
            err = U_ZERO_ERROR;
            if (src >= srcLimit) break;
            continue;
        }
        break;
    }
    ucnv_close(c);
    *out_length = written;
    if (U_FAILURE(err)) { *status = err; return; }
    *status = written > capacity ? U_BUFFER_OVERFLOW_ERROR : U_ZERO_ERROR;
}

// MARK: Normalisation

const tifa_normalizer *tifa_norm_get(const char *name, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = NULL;
    if (strcmp(name, "nfc") == 0) n = unorm2_getNFCInstance(&err);
    else if (strcmp(name, "nfkc") == 0) n = unorm2_getNFKCInstance(&err);
    else if (strcmp(name, "nfkc_cf") == 0) n = unorm2_getNFKCCasefoldInstance(&err);
    else err = U_ILLEGAL_ARGUMENT_ERROR;
    *status = err > U_ZERO_ERROR ? err : U_ZERO_ERROR;
    return (const tifa_normalizer *)n;
}

int32_t tifa_norm_is_normalized(const tifa_normalizer *n, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBool r = unorm2_isNormalized((const UNormalizer2 *)n, (const UChar *)text, length, &err);
    *status = err > U_ZERO_ERROR ? err : U_ZERO_ERROR;
    return r ? 1 : 0;
}

int32_t tifa_norm_span_normalized(const tifa_normalizer *n, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t r = unorm2_spanQuickCheckYes((const UNormalizer2 *)n, (const UChar *)text, length, &err);
    *status = err > U_ZERO_ERROR ? err : U_ZERO_ERROR;
    return r;
}

int32_t tifa_norm_normalize(const tifa_normalizer *n, const uint16_t *text, int32_t length, uint16_t *out,
                            int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t r = unorm2_normalize((const UNormalizer2 *)n, (const UChar *)text, length, (UChar *)out, capacity, &err);
    *status = err > U_ZERO_ERROR ? err : U_ZERO_ERROR;
    return r;
}

int32_t tifa_norm_has_boundary_before(const tifa_normalizer *n, int32_t codepoint) {
    return unorm2_hasBoundaryBefore((const UNormalizer2 *)n, (UChar32)codepoint) ? 1 : 0;
}

// MARK: Regular expressions

tifa_regex *tifa_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags, int32_t *error_offset,
                            int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UParseError pe;
    memset(&pe, 0, sizeof pe);
    URegularExpression *re = uregex_open((const UChar *)pattern, length, flags, &pe, &err);
    *error_offset = pe.offset;
    *status = err > U_ZERO_ERROR ? err : U_ZERO_ERROR;
    return (tifa_regex *)re;
}

void tifa_regex_set_text(tifa_regex *re, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    uregex_setText((URegularExpression *)re, (const UChar *)text, length, &err);
    *status = err > U_ZERO_ERROR ? err : U_ZERO_ERROR;
}

int32_t tifa_regex_find_next(tifa_regex *re, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBool found = uregex_findNext((URegularExpression *)re, &err);
    *status = err > U_ZERO_ERROR ? err : U_ZERO_ERROR;
    return found ? 1 : 0;
}

int32_t tifa_regex_looking_at(tifa_regex *re, int32_t index, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBool found = uregex_lookingAt((URegularExpression *)re, index, &err);
    *status = err > U_ZERO_ERROR ? err : U_ZERO_ERROR;
    return found ? 1 : 0;
}

int32_t tifa_regex_group_count(tifa_regex *re, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t n = uregex_groupCount((URegularExpression *)re, &err);
    *status = err > U_ZERO_ERROR ? err : U_ZERO_ERROR;
    return n;
}

void tifa_regex_group_range(tifa_regex *re, int32_t group, int32_t *start, int32_t *end, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    *start = uregex_start((URegularExpression *)re, group, &err);
    *end = uregex_end((URegularExpression *)re, group, &err);
    *status = err > U_ZERO_ERROR ? err : U_ZERO_ERROR;
}

void tifa_regex_close(tifa_regex *re) { uregex_close((URegularExpression *)re); }

void tifa_regex_set_time_limit(tifa_regex *re, int32_t limit, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    uregex_setTimeLimit((URegularExpression *)re, limit, &err);
    *status = err > U_ZERO_ERROR ? err : U_ZERO_ERROR;
}

int32_t tifa_regex_time_out_status(void) { return U_REGEX_TIME_OUT; }
