from django.urls import path

from cards import views

app_name = "cards"
urlpatterns = [path("go/<int:page_id>/", views.go, name="go")]
