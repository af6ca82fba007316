namespace OutsourceHub.Core.Clients;

/// <summary>The grammatical person the owner writes in.</summary>
public enum PointOfView
{
    FirstPersonSingular,
    FirstPersonPlural,
    SecondPerson,
    ThirdPerson,
}
