#!/usr/bin/env python3
"""Deterministic generator of synthetic movies for the benchmarks.

Writes N movie documents, one JSON object per line (NDJSON), in the API's own
shape (the shape `moviedb-api import --format ndjson` and POST /admin/import
read): id, title, type, release_year, genres, production_countries,
imdb_score, imdb_votes, runtime, age_certification, description, credits.

Titles are built from words sampled, with their real frequencies, from the
titles of vega-datasets' movies.json (3,201 real films), and title lengths
follow the real length distribution, so a search for a real title word hits
about as large a share of the synthetic catalogue as it does of the real one.

    bench/generate_movies.py --count 1000000 --out /tmp/movies.ndjson \
        [--ids-out /tmp/ids.txt --ids-sample 20000] [--seed 20240611]

The same --seed and --count always produce byte-identical output.
"""

import argparse
import bisect
import collections
import itertools
import json
import os
import random
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_VEGA = os.path.join(HERE, "..", "scripts", "seed", "node_modules", "vega-datasets",
                            "data", "movies.json")

GENRES = ["action", "animation", "comedy", "crime", "documentation", "drama", "european",
          "family", "fantasy", "history", "horror", "music", "reality", "romance", "scifi",
          "sport", "thriller", "war", "western"]
# Weighted roughly like the Netflix catalogue (drama and comedy dominate).
GENRE_WEIGHTS = [8, 3, 12, 6, 3, 16, 2, 4, 4, 2, 4, 2, 1, 6, 3, 1, 7, 1, 1]
COUNTRIES = ["US", "GB", "FR", "DE", "IN", "JP", "KR", "CA", "ES", "IT", "MX", "BR", "AU",
             "CN", "SE", "DK", "NO", "NG", "AR", "TR"]
COUNTRY_WEIGHTS = [40, 8, 6, 5, 8, 5, 4, 4, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1]
CERTS_MOVIE = ["G", "PG", "PG-13", "R", "NC-17", ""]
CERTS_MOVIE_W = [5, 15, 25, 30, 2, 23]
CERTS_SHOW = ["TV-Y", "TV-Y7", "TV-G", "TV-PG", "TV-14", "TV-MA", ""]
CERTS_SHOW_W = [3, 3, 5, 10, 20, 30, 29]
FIRST = ["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David",
         "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
         "Sarah", "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty",
         "Mark", "Sandra", "Paul", "Ashley", "Steven", "Kimberly", "Andrew", "Emily", "Kenji",
         "Yuki", "Priya", "Arjun", "Sofia", "Mateo", "Lucia", "Hugo", "Chloe", "Lars", "Ingrid",
         "Amara", "Chidi", "Min-jun", "Seo-yeon", "Diego", "Camila", "Pierre", "Amelie", "Hans",
         "Greta", "Olga", "Ivan", "Fatima", "Omar", "Leila", "Noah", "Zoe", "Ethan", "Ava"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
        "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White",
        "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen",
        "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams",
        "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
        "Tanaka", "Sato", "Kim", "Park", "Singh", "Patel", "Dubois", "Moreau", "Schmidt",
        "Muller", "Rossi", "Bianchi", "Larsen", "Okafor", "Silva", "Costa", "Ivanov", "Novak"]
DESC_WORDS = ("a an the young old lonely retired brilliant reluctant detective doctor family "
              "teacher soldier thief mother father sister brother stranger town city island "
              "war secret love revenge journey discovers must find escape survive uncover "
              "past future mystery friendship betrayal dream night summer winter life death "
              "truth power world after before during when").split()


def vocabulary(vega_path):
    """Title words with their counts, and the distribution of title lengths."""
    with open(vega_path, encoding="utf-8") as f:
        films = json.load(f)
    words = collections.Counter()
    lengths = collections.Counter()
    for film in films:
        title = film.get("Title")
        if title is None:
            continue
        tokens = str(title).split()
        if not tokens:
            continue
        lengths[min(len(tokens), 8)] += 1
        words.update(tokens)
    return words, lengths


def cumulative(weights):
    return list(itertools.accumulate(weights))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--out", default="-", help="NDJSON output file ('-': stdout)")
    parser.add_argument("--seed", type=int, default=20240611)
    parser.add_argument("--vega", default=DEFAULT_VEGA, help="vega-datasets movies.json")
    parser.add_argument("--ids-out", help="also write a sample of the ids, one a line")
    parser.add_argument("--ids-sample", type=int, default=20000,
                        help="how many ids --ids-out holds (evenly spread over the run)")
    parser.add_argument("--people", type=int, default=0,
                        help="distinct people credited (default: count/5, at least 1000)")
    parser.add_argument("--id-prefix", default="bench-")
    args = parser.parse_args()

    started = time.monotonic()
    rng = random.Random(args.seed)
    words, lengths = vocabulary(args.vega)
    # json.dumps each word once (escapes quotes and non-ASCII) and strip the quotes.
    word_list = [json.dumps(w)[1:-1] for w in sorted(words)]
    word_cum = cumulative(words[w] for w in sorted(words))
    length_values = sorted(lengths)
    length_cum = cumulative(lengths[n] for n in length_values)

    people_count = args.people or max(1000, args.count // 5)
    # Names "First Last" with a disambiguating middle initial pair once the
    # first x last combinations are used up; deterministic from the index.
    letters = "ABCDEFGHIJKLMNOPRSTVW"

    def person(i):
        first = FIRST[i % len(FIRST)]
        last = LAST[(i // len(FIRST)) % len(LAST)]
        rest = i // (len(FIRST) * len(LAST))
        if rest == 0:
            return first + " " + last
        middle = ""
        while rest:
            rest, r = divmod(rest, len(letters))
            middle += letters[r]
        return first + " " + middle + ". " + last

    people = [person(i) for i in range(people_count)]
    # Short descriptions drawn from a fixed pool (their words are not searched).
    descriptions = [" ".join(rng.choices(DESC_WORDS, k=8 + rng.randrange(10))).capitalize() + "."
                    for _ in range(8192)]
    # A few people work a lot, most a little: sample people by a skewed index.
    genre_cum = cumulative(GENRE_WEIGHTS)
    country_cum = cumulative(COUNTRY_WEIGHTS)
    cert_movie_cum = cumulative(CERTS_MOVIE_W)
    cert_show_cum = cumulative(CERTS_SHOW_W)

    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8",
                                                    buffering=1 << 20)
    sample = args.ids_sample if args.ids_sample > 0 else args.count  # 0: every id
    ids_every = max(1, args.count // sample) if args.ids_out else 0
    ids_out = open(args.ids_out, "w", encoding="ascii") if args.ids_out else None

    random_ = rng.random
    sample_people = len(people)
    total_word = word_cum[-1]
    total_length = length_cum[-1]
    total_genre = genre_cum[-1]
    total_country = country_cum[-1]
    total_cert_movie = cert_movie_cum[-1]
    total_cert_show = cert_show_cum[-1]
    n_desc = len(descriptions)
    bisect_right = bisect.bisect_right
    lines = []
    for n in range(args.count):
        movie_id = "%s%07d" % (args.id_prefix, n + 1)
        k = length_values[bisect_right(length_cum, random_() * total_length)]
        title = " ".join([word_list[bisect_right(word_cum, random_() * total_word)]
                          for _ in range(k)])
        show = random_() < 0.3
        year = 1920 + int(random_() ** 0.35 * 105)  # skewed towards recent years
        genres = sorted({GENRES[bisect_right(genre_cum, random_() * total_genre)]
                         for _ in range(1 + int(random_() * 3))})
        countries = sorted({COUNTRIES[bisect_right(country_cum, random_() * total_country)]
                            for _ in range(1 + (random_() < 0.2))})
        score = min(9.9, max(1.0, rng.gauss(6.4, 1.1)))
        votes = int(10 ** (1 + random_() * 5.5))
        if show:
            runtime = 20 + int(random_() * 45)
            cert = CERTS_SHOW[bisect_right(cert_show_cum, random_() * total_cert_show)]
            extra = ',"seasons":%d' % (1 + int(random_() ** 3 * 12))
        else:
            runtime = 75 + int(random_() * 80)
            cert = CERTS_MOVIE[bisect_right(cert_movie_cum, random_() * total_cert_movie)]
            extra = ""
        desc = descriptions[int(random_() * n_desc)]
        credits = ['{"name":"%s","role":"DIRECTOR"}'
                   % people[int(random_() ** 2 * sample_people)]]
        for _ in range(1 + int(random_() * 3)):
            credits.append('{"name":"%s","role":"ACTOR"}'
                           % people[int(random_() ** 2 * sample_people)])
        lines.append(
            '{"id":"%s","title":"%s","type":"%s","release_year":%d,"genres":["%s"],'
            '"production_countries":["%s"],"imdb_score":%.1f,"imdb_votes":%d,"runtime":%d,'
            '"age_certification":"%s"%s,"description":"%s","credits":[%s]}\n'
            % (movie_id, title, "SHOW" if show else "MOVIE", year, '","'.join(genres),
               '","'.join(countries), score, votes, runtime, cert, extra, desc,
               ",".join(credits)))
        if ids_every and n % ids_every == 0:
            ids_out.write(movie_id + "\n")
        if len(lines) >= 4096:
            out.write("".join(lines))
            lines.clear()
    out.write("".join(lines))
    if out is not sys.stdout:
        out.close()
    if ids_out:
        ids_out.close()
    print("generated %d movies in %.1f s (seed %d, %d people, %d title words)"
          % (args.count, time.monotonic() - started, args.seed, people_count, len(word_list)),
          file=sys.stderr)


if __name__ == "__main__":
    main()
