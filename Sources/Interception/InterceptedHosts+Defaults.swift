extension InterceptedHosts {
    /// Vertex AI regions serving Gemini, each reached at `{region}-aiplatform.googleapis.com`.
    ///
    /// Source: Google Cloud, "Generative AI on Vertex AI locations"
    /// (https://cloud.google.com/vertex-ai/generative-ai/docs/learn/locations), "Google and partner
    /// models for Generative AI on Vertex AI are available in the following regions", as listed in
    /// 2025 (the same 29 regions appear on Firebase's "Vertex AI in Firebase locations" page). Regions
    /// Google adds later can be added with config `tls.hosts` until this list is updated.
    package static let vertexRegions: [String] = [
        // United States
        "us-central1", "us-east1", "us-east4", "us-east5", "us-south1", "us-west1", "us-west4",
        // Canada, South America
        "northamerica-northeast1", "southamerica-east1",
        // Europe
        "europe-central2", "europe-north1", "europe-southwest1", "europe-west1", "europe-west2",
        "europe-west3", "europe-west4", "europe-west6", "europe-west8", "europe-west9",
        // Asia Pacific
        "asia-east1", "asia-east2", "asia-northeast1", "asia-northeast3", "asia-south1",
        "asia-southeast1", "australia-southeast1",
        // Middle East
        "me-central1", "me-central2", "me-west1",
    ]

    /// The hosts that are not per region: the global Vertex AI endpoint, the Gemini Developer API,
    /// and the US and EU multi-region (data residency) Vertex AI endpoints.
    package static let globalHosts: [String] = [
        "aiplatform.googleapis.com",
        "generativelanguage.googleapis.com",
        "aiplatform.us.rep.googleapis.com",
        "aiplatform.eu.rep.googleapis.com",
    ]

    static var defaultNames: [String] {
        globalHosts + vertexRegions.map { "\($0)-aiplatform.googleapis.com" }
    }
}
