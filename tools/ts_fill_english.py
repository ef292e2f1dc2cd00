#!/usr/bin/env python3
"""Regenerates i18n/rabeg_en.ts from i18n/rabeg_id.ts: English is the source language, so every English
"translation" is its source text, marked finished. Run after `ninja update_translations`."""
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
text = (root / 'i18n/rabeg_id.ts').read_text(encoding='utf-8')


def english(match):
    block = match.group(0)
    source = re.search(r'<source>(.*?)</source>', block, re.S).group(1)
    if match.group(1):  # a plural message: English has two forms, both the source text
        forms = f'<numerusform>{source}</numerusform><numerusform>{source}</numerusform>'
        return re.sub(r'<translation[^>]*>.*?</translation>', lambda _: f'<translation>{forms}</translation>', block,
                      flags=re.S)
    return re.sub(r'<translation[^>]*>.*?</translation>', lambda _: f'<translation>{source}</translation>', block,
                  flags=re.S)


text = re.sub(r'<message( numerus="yes")?>.*?</message>', english, text, flags=re.S).replace('language="id_ID"', 'language="en_US"')
(root / 'i18n/rabeg_en.ts').write_text(text, encoding='utf-8')
