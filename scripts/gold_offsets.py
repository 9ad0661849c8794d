"""Offsets shared by the eval scripts: the gold files count in the text after CRLF→LF and NFKC, tifa in the
original decoded text."""
import unicodedata


def nfkc_offsets(original):
    """For each original offset i (0…len), the offset in the CRLF→LF + NFKC text."""
    table, pos, i = [0], 0, 0
    while i < len(original):
        if original[i] == "\r" and i + 1 < len(original) and original[i + 1] == "\n":
            table.append(pos)  # the CR disappears
            i += 1
            continue
        pos += len(unicodedata.normalize("NFKC", original[i]))
        table.append(pos)
        i += 1
    return table
