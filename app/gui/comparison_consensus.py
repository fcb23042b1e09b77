"""What the consensus actions of the coder comparison say: the undo step's name, and how the
consensus coder now agrees with each group.

The agreement is :func:`analysis.agreement.coding_comparison` again, the consensus coder as
group A against each compared group as B, on one code in one document; the texts belong to
the :class:`app.gui.comparison_view.ComparisonView` translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from analysis.agreement import AgreementOptions, AgreementRow, CoderGroup, coding_comparison
from app.gui.comparison_document import ComparedGroups
from models.database import ProjectDatabase
from models.paths import join_code_path


def consensus_label(options: AgreementOptions, row: AgreementRow, side: str) -> str:
    """The undo step's name for accepting group ``"a"``'s or ``"b"``'s coding of the row's
    code in its document, or merging both (``"union"``)."""
    code, document = join_code_path(list(row.code_path)), row.document_name
    if side == "union":
        return QCoreApplication.translate(
            "ComparisonView", "Merge {a}'s and {b}'s coding of '{code}' in {document}"
        ).format(a=options.coders_a.name, b=options.coders_b.name, code=code, document=document)
    coder = options.coders_a.name if side == "a" else options.coders_b.name
    return QCoreApplication.translate(
        "ComparisonView", "Accept {coder}'s coding of '{code}' in {document}"
    ).format(coder=coder, code=code, document=document)


def consensus_agreement(
    db: ProjectDatabase,
    consensus: CoderGroup,
    groups: ComparedGroups,
    document_id: int,
    code_id: int,
) -> str:
    """How ``consensus`` agrees with group A and with group B on one code in one document."""
    locale, parts = QLocale(), []
    for name, ids in zip(groups.names, (groups.a, groups.b), strict=True):
        options = AgreementOptions(
            consensus, CoderGroup(name, ids), code_ids=(code_id,), document_ids=(document_id,)
        )
        row = coding_comparison(db, options).rows[0]
        parts.append(
            QCoreApplication.translate(
                "ComparisonView", "with {coder} on {agreement} % (kappa {kappa})"
            ).format(
                coder=name,
                agreement=locale.toString(row.agreement, "f", 1),
                kappa=locale.toString(row.kappa, "f", 3),
            )
        )
    return QCoreApplication.translate("ComparisonView", "{consensus} agrees {parts}").format(
        consensus=consensus.name,
        parts=QCoreApplication.translate("ComparisonView", " and ").join(parts),
    )
