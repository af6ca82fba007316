namespace OutsourceHub.Core.Clients;

/// <summary>How a point of view reads on screen, in pages and in the brief alike.</summary>
public static class PointOfViewText
{
    public static string Label(PointOfView pointOfView) => pointOfView switch
    {
        PointOfView.FirstPersonSingular => "First person singular (I)",
        PointOfView.FirstPersonPlural => "First person plural (we)",
        PointOfView.SecondPerson => "Second person (you)",
        PointOfView.ThirdPerson => "Third person (she, he, they, the brand)",
        _ => pointOfView.ToString(),
    };
}
