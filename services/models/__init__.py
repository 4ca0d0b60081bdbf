from services.models.contacts import HubContact, ServiceContact
from services.models.guides import GuideIndexPage, GuidePage
from services.models.opening import HubClosure, HubSlot, ServiceClosure, ServiceSlot
from services.models.pages import HubPage, ServiceIndexPage, ServicePage
from services.models.snippets import Location, Organisation
from services.models.taxonomy import Audience, NeedCategory, SpokenLanguage

__all__ = [
    "Audience",
    "GuideIndexPage",
    "GuidePage",
    "HubClosure",
    "HubContact",
    "HubPage",
    "HubSlot",
    "Location",
    "NeedCategory",
    "Organisation",
    "ServiceClosure",
    "ServiceContact",
    "ServiceIndexPage",
    "ServicePage",
    "ServiceSlot",
    "SpokenLanguage",
]
