from django.core.management.base import BaseCommand

from localisation.revision_check import check


class Command(BaseCommand):
    help = (
        "Find pages whose latest or live revision belongs to another page (for example a "
        "translation wired to its source); with --repair, mend what can be mended."
    )

    def add_arguments(self, parser):
        parser.add_argument("--repair", action="store_true", help="mend what can be mended")

    def handle(self, repair=False, **options):
        findings = check(repair=repair)
        for finding in findings:
            page = finding.page
            self.stdout.write(f"Page {page.pk} ({page.locale_id}) “{page.title}”:")
            for line in finding.problems:
                self.stdout.write(f"  problem: {line}")
            for line in finding.repairs:
                self.stdout.write(f"  repaired: {line}")
            for line in finding.left:
                self.stdout.write(f"  needs a person: {line}")
        if not findings:
            self.stdout.write("Every page's revisions are its own.")
        elif not repair:
            self.stdout.write(f"{len(findings)} pages need repair: run again with --repair.")
