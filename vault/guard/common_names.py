"""Names too common to identify anyone on their own (folded: lower case, no accents).

The leak guard looks for a source's surname alone ("Dupont confirmed …") only when it is distinctive:
at least four letters and not one of these. A given name used as a surname ("Martin", "Hassan", "Ali")
would otherwise match in every other sentence. The list is deliberately short and international (the
regions the Panels work in: Central and West Africa, the Sahel, the Horn, the Middle East, Libya, Yemen,
Afghanistan, the Koreas, Haiti), plus English and French words that are also surnames. An expert who needs
a common name guarded alone adds it to the source's identifying terms.
"""

from __future__ import annotations

COMMON_NAMES = frozenset(
    """
    abdel abdul abdallah abdullah abdullahi abubakar adam adama ahmad ahmed aisha ali alice alpha amadou
    amina amir andre anna anne antoine bakari baker bello ben bernard black blanc boubacar brown camara
    charles christian claude cisse coulibaly daniel david diallo diop dubois emmanuel fatima fatou faye
    francis francois gabriel george grand green hamid hamza haruna hassan hussain hussein ibrahim idris
    ismail issa jacques james jean jeanne john joseph kamara kamil keita khalid khan kim king kone
    lee louis mahamat mahmoud marie mark martin mary michel mohamed mohammad mohammed moussa muhammad musa
    mustafa nasser nguyen omar osman ousmane paul peter petit pierre richard robert roux said saleh salem
    salim samuel sanogo simon smith souleymane sow suleiman thomas traore umar usman white william yusuf
    young youssef zakaria zeid
    """.split()  # noqa: SIM905 - a word list reads better as text
)
