"""Page ratings become counters per page, language, month, answer and reason: the old
one-row-per-answer table is folded into them, nothing lost but the day of the month."""

from django.db import migrations, models
from django.db.models import Count


def fold(apps, schema_editor):
    PageFeedback = apps.get_model("home", "PageFeedback")
    groups = (
        PageFeedback.objects.values("page_id", "language", "clear", "reason", "month")
        .annotate(n=Count("id"), keep=models.Min("id"))
    )
    for group in list(groups):
        PageFeedback.objects.filter(pk=group["keep"]).update(count=group["n"])
        PageFeedback.objects.filter(
            page_id=group["page_id"],
            language=group["language"],
            clear=group["clear"],
            reason=group["reason"],
            month=group["month"],
        ).exclude(pk=group["keep"]).delete()


def set_months(apps, schema_editor):
    PageFeedback = apps.get_model("home", "PageFeedback")
    for row in PageFeedback.objects.all().only("id", "day"):
        PageFeedback.objects.filter(pk=row.pk).update(month=row.day.replace(day=1))


class Migration(migrations.Migration):
    dependencies = [("home", "0002_plural_names")]

    operations = [
        migrations.AddField(
            model_name="pagefeedback", name="month", field=models.DateField(null=True)
        ),
        migrations.AddField(
            model_name="pagefeedback",
            name="count",
            field=models.PositiveIntegerField(default=1),
        ),
        migrations.RunPython(set_months, migrations.RunPython.noop),
        migrations.RunPython(fold, migrations.RunPython.noop),
        migrations.RemoveField(model_name="pagefeedback", name="day"),
        migrations.AlterField(
            model_name="pagefeedback", name="month", field=models.DateField()
        ),
        migrations.AlterField(
            model_name="pagefeedback",
            name="count",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddConstraint(
            model_name="pagefeedback",
            constraint=models.UniqueConstraint(
                fields=("page", "language", "month", "clear", "reason"),
                name="one_feedback_counter",
            ),
        ),
    ]
