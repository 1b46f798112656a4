"""A day the opening tells by the post's own weekday, in Spanish, French, German,
Portuguese, Dutch and Italian ("El lunes pasado el servidor se cayó", "Am Dienstag ist der
Server ausgefallen"), generated from its parts as the English property does: the weekday's
place, a time of the day, and a clause told in the past or to come. Only openings that tell
the incident's day move the report's date, and move it to the right day."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from hypothesis import given
from hypothesis import strategies as st

from postmortem import parse


class Language(NamedTuple):
    """A language's parts. Shapes hold ``{wd}`` (the weekday as written inside a sentence),
    ``{WD}`` (opening it), ``{tod}``, ``{past}``/``{Past}`` and ``{fut}``; ``{g:a/b}`` is
    the word of a feminine (a) or masculine (b) weekday ("Na segunda-feira passada", "No
    sábado passado")."""

    weekdays: tuple[str, ...]
    feminine: frozenset[int]
    times: tuple[str, ...]
    pasts: tuple[str, ...]
    futures: tuple[str, ...]
    #: Openings that tell the incident's day, and whether they say it is a week back.
    day: tuple[tuple[str, bool], ...]
    #: Openings whose weekday is no day of the incident: one to come, a habit.
    other: tuple[str, ...]

    def render(self, shape: str, number: int, tod: str, past: str, fut: str) -> str:
        """The opening ``shape`` says of weekday ``number``."""
        out = shape
        while "{g:" in out:
            i = out.index("{g:")
            j = out.index("}", i)
            feminine, masculine = out[i + 3 : j].split("/")
            out = out[:i] + (feminine if number in self.feminine else masculine) + out[j + 1 :]
        wd = self.weekdays[number]
        return out.format(
            wd=wd, WD=wd[0].upper() + wd[1:], tod=tod, past=past,
            Past=past[0].upper() + past[1:], fut=fut,
        )  # fmt: skip


LANGS = {
    "es": Language(
        ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        frozenset(),
        ("", " por la mañana", " por la noche"),
        (
            "el servidor se cayó",
            "los servidores fallaron",
            "la API no funcionaba",
            "tuvimos una caída de la base de datos",
            "hubo un corte de red",
            "la base de datos estuvo caída dos horas",
            "la migración programada falló",
            "hemos hecho una migración programada",
        ),
        ("vamos a migrar la base de datos",),
        (
            ("El {wd}{tod}, {past}.", False),
            ("El {wd}{tod} {past}.", False),
            ("El {wd} pasado, {past}.", True),
            ("El pasado {wd}{tod}, {past}.", True),
            ("{WD}{tod}, {past}.", False),
            ("{Past} el {wd}{tod}.", False),
        ),
        (
            "El {wd} {fut}.",
            "Cada {wd} hacemos mantenimiento.",
            "El próximo {wd}, {fut}.",
            "El {wd} desplegamos la versión nueva.",
            "El {wd} ha sido programada una migración.",
            "El {wd} vamos a publicar el análisis completo del fallo que sufrimos.",
            "{WD} vamos a migrar la base de datos que falló.",
        ),
    ),
    "fr": Language(
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        frozenset(),
        ("", " matin", " soir"),
        (
            "nos serveurs sont tombés en panne",
            "le site était indisponible",
            "la base de données a planté",
            "nous avons perdu un disque",
            "l'API ne répondait plus",
            "le site est resté indisponible",
            "le cluster a basculé automatiquement sur le réplica",
            "nous avons fait une maintenance planifiée qui a échoué",
            "nous avons comme prévu migré la base",
            "nous avons lancé une migration programmée",
            "l'API est tombée car le disque est plein",
            "le déploiement est resté bloqué pendant deux heures",
            "la latence est montée à 5 secondes",
            "une erreur est apparue sur l'API",
            "une panne s'est produite sur l'API",
        ),
        ("nous allons migrer la base",),
        (
            ("{WD}{tod}, {past}.", False),
            ("{WD} dernier, {past}.", True),
            ("Ce {wd}{tod}, {past}.", False),
        ),
        (
            "{WD} prochain, {fut}.",
            "Chaque {wd}, nous déployons.",
            "Le {wd}, {fut}.",
            "Le {wd} est notre jour de maintenance.",
            "Le {wd}, nous déployons la nouvelle version.",
            # "Le lundi" is every Monday; a present passive is no past.
            "Le {wd}, les sauvegardes sont lancées automatiquement.",
            "{WD}, nos serveurs sont redémarrés automatiquement.",
            "{WD} sera consacré à la migration, après la panne qui a touché l'API.",
            "{WD}, une maintenance a été planifiée.",
            "{WD}, une maintenance est programmée.",
            "{WD}, le cache est automatiquement vidé.",
        ),
    ),
    "de": Language(
        ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
        frozenset(),
        ("", " früh", " gegen 14 Uhr"),
        (
            "ist der Server ausgefallen",
            "fiel die Datenbank aus",
            "war die Website nicht erreichbar",
            "haben wir die Datenbank verloren",
            "hatten wir einen Ausfall",
            "ist das Deployment gescheitert",
            "hat das System automatisch einen Failover ausgelöst",
            "hat AWS eine Wartung angekündigt",
            "haben wir wie geplant ein Update eingespielt",
            "wurde das Update terminiert",
            "ist der Server eingefroren",
            "ist die Latenz stark gestiegen",
            "ist es zu einem Ausfall gekommen",
            "ist die Website für zwei Stunden ausgefallen",
        ),
        ("werden wir die Datenbank migrieren",),
        (
            ("Am {wd}{tod} {past}.", False),
            ("Letzten {wd}{tod} {past}.", True),
            ("Vergangenen {wd} {past}.", True),
            ("{WD}{tod} {past}.", False),
        ),
        (
            "Am {wd} {fut}.",
            "Jeden {wd} deployen wir.",
            "Nächsten {wd} ist Wartung.",
            "Ab {wd} brauchen alle Deploys eine Freigabe.",
            "Am {wd} deployen wir die neue Version.",
            # A state, a plan, a passive to come: not a past.
            "{WD} sind die Deployments gesperrt.",
            "{WD} ist die Datenbank gesperrt.",
            "Am {wd} ist eine Wartung geplant.",
            "Am {wd} ist eine Wartung vorgesehen.",
            "Am {wd} ist ein Deployment geplant.",
            "Am {wd} ist ein Update angekündigt.",
            "{WD} wird die Migration durchgeführt, nachdem der Server ausgefallen war.",
        ),
    ),
    "pt": Language(
        (
            "segunda-feira",
            "terça-feira",
            "quarta-feira",
            "quinta-feira",
            "sexta-feira",
            "sábado",
            "domingo",
        ),
        frozenset({0, 1, 2, 3, 4}),
        ("", " de manhã", " à noite"),
        (
            "o servidor caiu",
            "a API ficou indisponível",
            "o banco de dados falhou",
            "os servidores pararam de responder",
        ),
        ("vamos migrar o banco",),
        (
            ("{g:Na/No} {wd}{tod}, {past}.", False),
            ("{g:Na/No} {wd}{tod} {past}.", False),
            ("{g:Na/No} {wd} {g:passada/passado}, {past}.", True),
        ),
        (
            "{g:Na/No} {wd} {fut}.",
            "{g:Toda/Todo} {wd} fazemos manutenção.",
            "{g:Na próxima/No próximo} {wd}, {fut}.",
            "{g:Na/No} {wd} fazemos o deploy.",
        ),
    ),
    "nl": Language(
        ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
        frozenset(),
        ("", " rond 14:00"),
        (
            "was de website niet bereikbaar",
            "viel de server uit",
            "hadden we een storing",
            "is de database gecrasht",
            "is de latency sterk gestegen",
            "hebben we een gepland onderhoud uitgevoerd",
            "is een gepland onderhoud misgegaan",
            "hebben we zoals gepland de database gemigreerd",
            "is de API uitgevallen omdat de schijf vol is",
            "is de database overbelast geraakt",
            "is de website urenlang onbereikbaar geweest",
            "is er een storing opgetreden",
        ),
        ("zullen we de database migreren",),
        (
            ("Op {wd}{tod} {past}.", False),
            ("Afgelopen {wd} {past}.", True),
            ("Vorige {wd} {past}.", True),
            ("{WD}{tod} {past}.", False),
        ),
        (
            "Volgende {wd} migreren we de database.",
            "Elke {wd} deployen we.",
            "Op {wd} {fut}.",
            "Vanaf {wd} is goedkeuring nodig.",
            "Op {wd} deployen we de nieuwe versie.",
            "Op {wd} zijn de deploys bevroren.",
            "Op {wd} is een migratie gepland.",
            "{WD} is de database bevroren voor onderhoud.",
            "Op {wd} zijn de servers gepland voor onderhoud.",
        ),
    ),
    "it": Language(
        ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
        frozenset({6}),
        ("", " mattina", " sera"),
        (
            "il server è caduto",
            "il cluster è passato automaticamente alla replica",
            "abbiamo fatto una manutenzione programmata",
            "il sito non era raggiungibile",
            "abbiamo perso il database",
            "si è verificato un guasto",
            "la migrazione programmata è fallita",
        ),
        ("migreremo il database",),
        (
            ("{WD}{tod}, {past}.", False),
            ("{WD} {g:scorsa/scorso}, {past}.", True),
            ("{g:La scorsa/Lo scorso} {wd}, {past}.", True),
        ),
        (
            "{WD} {g:prossima/prossimo} {fut}.",
            "Ogni {wd} facciamo manutenzione.",
            "{WD} sera faremo il deploy.",
            "Il {wd} facciamo il deploy.",
            "{WD} è programmata una manutenzione del database.",
        ),
    ),
}


def expected(published: dt.date, number: int, kind: str, shape: str | tuple[str, bool]) -> dt.date:
    """The day a report published on ``published`` carries after an opening of ``kind``."""
    if kind == "other":
        return published
    assert isinstance(shape, tuple)
    back = (published.weekday() - number) % 7
    if back == 0:
        return published - dt.timedelta(days=7) if shape[1] else published
    return published - dt.timedelta(days=back)


@st.composite
def openings(draw: st.DrawFn) -> tuple[dt.date, str, dt.date]:
    """A post's date, its opening in one of the languages, and the day it should carry."""
    lang = LANGS[draw(st.sampled_from(sorted(LANGS)))]
    published = draw(st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31)))
    number = draw(st.integers(0, 6))
    kind = draw(st.sampled_from(("day", "other")))
    shape: str | tuple[str, bool]
    shape = draw(st.sampled_from(lang.day if kind == "day" else lang.other))
    opening = lang.render(
        shape[0] if isinstance(shape, tuple) else shape,
        number,
        draw(st.sampled_from(lang.times)),
        draw(st.sampled_from(lang.pasts)),
        draw(st.sampled_from(lang.futures)),
    )
    return published, opening, expected(published, number, kind, shape)


@given(openings())
def test_only_an_opening_that_tells_the_incidents_day_moves_the_report(
    case: tuple[dt.date, str, dt.date],
) -> None:
    published, opening, day = case
    post = f"---\ntitle: Ausfall\ndate: {published.isoformat()}\n---\n\n{opening}\n"
    assert parse(post).metadata.date == day, opening
