"""Prepare the blind adjudication of theme codes: original gold vs definitions recode."""
import json, random, shutil, pathlib, sys
import pandas as pd
MAIN = pathlib.Path('/work/main'); R = pathlib.Path('/work/recode'); ADJ = R / 'adjudicate'
THEMES = ['special_relationship', 'party_factionalism', 'iraq_war_intelligence', 'israel_palestine', 'austerity_inequality']
GROUPS = {'dev_a': ['uk_dev1','uk_dev2','uk_dev3'], 'dev_b': ['uk_dev4','uk_dev5','uk_dev6'], 'heldout': ['heldout2','heldout3','heldout4','heldout5']}
rng = random.Random(32)
key = {}
ADJ.mkdir(exist_ok=True)
shutil.copy(MAIN / 'data/annotations/guidelines/themes.md', ADJ / 'themes_guideline.md')
def negset(v):
    return set() if pd.isna(v) or str(v).strip() == '' else {t.strip() for t in str(v).split(';') if t.strip()}
summary = []
for g, sets in GROUPS.items():
    for s in sets:
        old = pd.read_csv(MAIN / f'data/annotations/{s}/themes_v2.csv')
        new = pd.read_csv(R / g / f'codes_{s}.csv')
        assert list(old[['source','start','end']].itertuples(index=False)) == list(new[['source','start','end']].itertuples(index=False)), s
        x_is_old = rng.random() < 0.5
        key[s] = {'X': 'original' if x_is_old else 'recode', 'Y': 'recode' if x_is_old else 'original'}
        X, Y = (old, new) if x_is_old else (new, old)
        rows = []
        for i in range(len(old)):
            for t in THEMES:
                xv, yv = int(X.loc[i, t]), int(Y.loc[i, t])
                xn, yn = t in negset(X.loc[i, 'negated']), t in negset(Y.loc[i, 'negated'])
                if xv != yv or (xv == 1 and xn != yn):
                    rows.append({'source': old.loc[i,'source'], 'start': old.loc[i,'start'], 'end': old.loc[i,'end'],
                                 'theme': t, 'coder_x': xv, 'coder_x_negated': int(xn) if xv else '', 'coder_x_notes': '' if pd.isna(X.loc[i,'notes']) else X.loc[i,'notes'],
                                 'coder_y': yv, 'coder_y_negated': int(yn) if yv else '', 'coder_y_notes': '' if pd.isna(Y.loc[i,'notes']) else Y.loc[i,'notes'],
                                 'text': old.loc[i,'text']})
        d = pd.DataFrame(rows)
        d.to_csv(ADJ / f'disagreements_{s}.csv', index=False)
        (ADJ / 'texts' / s).mkdir(parents=True, exist_ok=True)
        for p in (MAIN / 'data' / s).glob('*'):
            shutil.copy(p, ADJ / 'texts' / s / p.name)
        summary.append((s, len(old), len(d)))
json.dump(key, open(R / 'key_xy.json', 'w'), indent=1)
for row in summary: print(*row)
