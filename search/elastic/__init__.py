"""The Elasticsearch 8 engine, used when ELASTICSEARCH_URL is set: its index and its finder."""
